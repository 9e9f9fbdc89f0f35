package io.anchorkeeper.okx.client.rest;

import static io.anchorkeeper.okx.client.testing.FakeOkxServer.Reply;
import static org.assertj.core.api.Assertions.assertThat;

import io.anchorkeeper.okx.client.OkxClientFactory;
import io.anchorkeeper.okx.client.rest.model.CandleQuery;
import io.anchorkeeper.okx.client.rest.model.HistoryQuery;
import io.anchorkeeper.okx.client.rest.model.MgnMode;
import io.anchorkeeper.okx.client.rest.model.OrderRef;
import io.anchorkeeper.okx.client.rest.model.PosSide;
import io.anchorkeeper.okx.client.rest.model.TransferRequest;
import io.anchorkeeper.okx.client.testing.FakeOkxServer;
import io.anchorkeeper.okx.client.testing.Samples;
import io.anchorkeeper.okx.client.testing.TestConfigs;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every call sends OKX's path and parameter names and reads the answer's fields. */
class ApiCallsTest {
  private FakeOkxServer server;
  private OkxClientFactory factory;
  private OkxRestClient client;

  @BeforeEach
  void start() throws IOException {
    server = new FakeOkxServer();
    factory = new OkxClientFactory(TestConfigs.loopback(server.port()));
    client = factory.rest(TestConfigs.credentials(1));
  }

  @AfterEach
  void stop() {
    factory.close();
    server.close();
  }

  @Test
  void publicData() {
    answer("GET /api/v5/public/instruments", "rest-public-instruments-swap.json");
    answer("GET /api/v5/public/mark-price", "rest-public-mark-price.json");
    answer("GET /api/v5/market/ticker", "rest-market-ticker-swap-docs.json");
    answer("GET /api/v5/market/candles", "rest-market-candles.json");
    answer("GET /api/v5/market/mark-price-candles", "rest-public-mark-price-candles-docs.json");
    server.route(
        "GET /api/v5/public/position-tiers",
        Reply.ok(
            "{\"code\":\"0\",\"msg\":\"\",\"data\":"
                + Samples.read("rest-public-position-tiers-swap-items-2026-05.json")
                + "}"));
    PublicDataApi api = client.publicData();

    assertThat(api.instruments("SWAP")).hasSize(3);
    assertThat(api.markPrice("SWAP", "BTC-USDT-SWAP").orElseThrow().markPx())
        .contains(new BigDecimal("84660.1"));
    assertThat(api.ticker("BTC-USD-SWAP")).isPresent();
    assertThat(api.candles(CandleQuery.latest("BTC-USDT-SWAP", "1m", 2))).hasSize(2);
    assertThat(
            api.markPriceCandles(
                CandleQuery.latest("BTC-USDT-SWAP", "1H", 100)
                    .withAfter(Instant.ofEpochMilli(1597026383085L))))
        .hasSize(2);
    assertThat(api.positionTiers("SWAP", "isolated", "BTC-USDT").get(1).maxLever())
        .contains(new BigDecimal("66.66"));
    assertThat(api.serverTime()).isCloseTo(Instant.now(), within());

    assertThat(targets())
        .contains(
            "GET /api/v5/public/instruments?instType=SWAP",
            "GET /api/v5/public/mark-price?instType=SWAP&instId=BTC-USDT-SWAP",
            "GET /api/v5/market/ticker?instId=BTC-USD-SWAP",
            "GET /api/v5/market/candles?instId=BTC-USDT-SWAP&bar=1m&limit=2",
            "GET /api/v5/market/mark-price-candles?instId=BTC-USDT-SWAP&bar=1H&after=1597026383085&limit=100",
            "GET /api/v5/public/position-tiers?instType=SWAP&tdMode=isolated&instFamily=BTC-USDT");
  }

  @Test
  void account() {
    answer("GET /api/v5/account/balance", "rest-account-balance.json");
    answer(
        "GET /api/v5/account/positions", "rest-account-positions-hedge-long-short-synthetic.json");
    answer("GET /api/v5/account/config", "rest-account-config.json");
    answer("POST /api/v5/account/set-position-mode", "rest-account-set-position-mode.json");
    answer("POST /api/v5/account/set-leverage", "rest-account-set-leverage-docs.json");
    answer("GET /api/v5/account/leverage-info", "rest-account-set-leverage-docs.json");
    answer(
        "POST /api/v5/account/position/margin-balance",
        "rest-account-position-margin-balance-docs.json");
    ok(
        "GET /api/v5/account/max-size",
        "{\"instId\":\"BTC-USDT-SWAP\",\"ccy\":\"USDT\",\"maxBuy\":\"12\",\"maxSell\":\"\"}");
    ok(
        "GET /api/v5/account/max-avail-size",
        "{\"instId\":\"BTC-USDT-SWAP\",\"availBuy\":\"100.5\",\"availSell\":\"100.5\"}");
    ok(
        "GET /api/v5/account/trade-fee",
        "{\"instType\":\"SWAP\",\"level\":\"Lv1\",\"takerU\":\"-0.0005\",\"makerU\":\"-0.0002\",\"ts\":\"1700000000000\"}");
    ok("POST /api/v5/account/set-isolated-mode", "{\"isoMode\":\"automatic\"}");
    AccountApi api = client.account();

    assertThat(api.balance(Optional.of("USDT")).details()).hasSize(1);
    assertThat(api.positions("SWAP", Optional.empty())).hasSize(2);
    assertThat(api.config().posMode()).isEqualTo("long_short_mode");
    assertThat(api.setPositionMode("long_short_mode")).isEqualTo("long_short_mode");
    assertThat(api.setIsolatedMode("automatic", "CONTRACTS")).isEqualTo("automatic");
    assertThat(
            api.setLeverage(
                    "BTC-USDT-SWAP", BigDecimal.TEN, MgnMode.ISOLATED, Optional.of(PosSide.LONG))
                .lever())
        .contains(new BigDecimal("30"));
    assertThat(api.leverageInfo("BTC-USDT-SWAP", MgnMode.ISOLATED)).hasSize(1);
    assertThat(api.addMargin("BTC-USDT-SWAP", PosSide.LONG, new BigDecimal("5")).type())
        .isEqualTo("add");
    api.reduceMargin("BTC-USDT-SWAP", PosSide.SHORT, new BigDecimal("2.5"));
    assertThat(api.maxSize("BTC-USDT-SWAP", MgnMode.ISOLATED, Optional.empty()).get(0).maxSell())
        .isEmpty();
    assertThat(api.maxAvailSize("BTC-USDT-SWAP", MgnMode.ISOLATED).get(0).availBuy())
        .contains(new BigDecimal("100.5"));
    assertThat(api.tradeFee("SWAP", Optional.of("BTC-USDT")).takerU())
        .contains(new BigDecimal("-0.0005"));

    assertThat(targets())
        .contains(
            "GET /api/v5/account/balance?ccy=USDT",
            "GET /api/v5/account/positions?instType=SWAP",
            "GET /api/v5/account/config",
            "POST /api/v5/account/set-position-mode {\"posMode\":\"long_short_mode\"}",
            "POST /api/v5/account/set-isolated-mode {\"isoMode\":\"automatic\",\"type\":\"CONTRACTS\"}",
            "POST /api/v5/account/set-leverage {\"instId\":\"BTC-USDT-SWAP\",\"lever\":\"10\",\"mgnMode\":\"isolated\",\"posSide\":\"long\"}",
            "GET /api/v5/account/leverage-info?instId=BTC-USDT-SWAP&mgnMode=isolated",
            "POST /api/v5/account/position/margin-balance {\"instId\":\"BTC-USDT-SWAP\",\"posSide\":\"long\",\"type\":\"add\",\"amt\":\"5\"}",
            "POST /api/v5/account/position/margin-balance {\"instId\":\"BTC-USDT-SWAP\",\"posSide\":\"short\",\"type\":\"reduce\",\"amt\":\"2.5\"}",
            "GET /api/v5/account/max-size?instId=BTC-USDT-SWAP&tdMode=isolated",
            "GET /api/v5/account/max-avail-size?instId=BTC-USDT-SWAP&tdMode=isolated",
            "GET /api/v5/account/trade-fee?instType=SWAP&instFamily=BTC-USDT");
  }

  @Test
  void trade() {
    answer("POST /api/v5/trade/close-position", "rest-trade-close-position-docs.json");
    answer("POST /api/v5/trade/cancel-order", "rest-trade-order-place-success.json");
    answer("GET /api/v5/trade/order", "rest-trade-order-query-filled-market-spot.json");
    answer("GET /api/v5/trade/orders-pending", "rest-trade-orders-history.json");
    answer("GET /api/v5/trade/orders-history", "rest-trade-orders-history.json");
    answer("GET /api/v5/trade/fills", "rest-trade-fills-docs.json");
    answer("GET /api/v5/trade/fills-history", "rest-trade-fills-docs.json");
    TradeApi api = client.trade();

    assertThat(
            api.closePosition(
                    "BTC-USDT-SWAP",
                    MgnMode.ISOLATED,
                    Optional.of(PosSide.LONG),
                    true,
                    Optional.of("c1"))
                .posSide())
        .isEqualTo("long");
    assertThat(
            api.cancelOrder(OrderRef.byOrdId("BTC-USDT-SWAP", "2896576259728695296")).succeeded())
        .isTrue();
    assertThat(api.order(OrderRef.byOrdId("LTC-USDT", "1")).orElseThrow().state())
        .isEqualTo("filled");
    assertThat(api.ordersPending(HistoryQuery.swaps().withInstId("BTC-USDT-SWAP"))).hasSize(1);
    assertThat(api.ordersHistory(HistoryQuery.swaps().withLimit(100).withAfter("123"))).hasSize(1);
    assertThat(api.fills(HistoryQuery.swaps().withOrdId("680800019749904384"))).hasSize(1);
    assertThat(api.fillsHistory(HistoryQuery.swaps())).hasSize(1);

    assertThat(targets())
        .contains(
            "POST /api/v5/trade/close-position {\"instId\":\"BTC-USDT-SWAP\",\"mgnMode\":\"isolated\",\"posSide\":\"long\",\"autoCxl\":true,\"clOrdId\":\"c1\"}",
            "POST /api/v5/trade/cancel-order {\"instId\":\"BTC-USDT-SWAP\",\"ordId\":\"2896576259728695296\"}",
            "GET /api/v5/trade/order?instId=LTC-USDT&ordId=1",
            "GET /api/v5/trade/orders-pending?instType=SWAP&instId=BTC-USDT-SWAP",
            "GET /api/v5/trade/orders-history?instType=SWAP&after=123&limit=100",
            "GET /api/v5/trade/fills?instType=SWAP&ordId=680800019749904384",
            "GET /api/v5/trade/fills-history?instType=SWAP");
  }

  @Test
  void subAccountsAndTransfers() {
    ok(
        "GET /api/v5/users/subaccount/list",
        "{\"subAcct\":\"anchor01\",\"uid\":\"446556018520336384\",\"label\":\"a\",\"type\":\"1\",\"enable\":true,\"canTransOut\":true,\"ts\":\"1700000000000\"}");
    answer("GET /api/v5/account/subaccount/balances", "rest-account-balance.json");
    ok(
        "POST /api/v5/asset/transfer",
        "{\"transId\":\"754147\",\"clientId\":\"t1\",\"ccy\":\"USDT\",\"amt\":\"1.5\",\"from\":\"18\",\"to\":\"18\"}");
    ok(
        "GET /api/v5/asset/transfer-state",
        "{\"transId\":\"754147\",\"clientId\":\"t1\",\"ccy\":\"USDT\",\"amt\":\"1.5\",\"type\":\"1\",\"from\":\"18\",\"to\":\"18\",\"subAcct\":\"anchor01\",\"state\":\"success\"}");
    SubAccountApi api = client.subAccounts();

    assertThat(api.list(Optional.empty(), 100).get(0).enable()).contains(true);
    assertThat(api.tradingBalance("anchor01").totalEq()).isPresent();
    assertThat(
            api.transfer(
                    new TransferRequest(
                        "USDT",
                        new BigDecimal("1.5"),
                        "18",
                        "18",
                        "1",
                        Optional.of("anchor01"),
                        Optional.of("t1")))
                .transId())
        .isEqualTo("754147");
    assertThat(api.transferState("clientId", "t1").orElseThrow().state()).isEqualTo("success");

    assertThat(targets())
        .contains(
            "GET /api/v5/users/subaccount/list?limit=100",
            "GET /api/v5/account/subaccount/balances?subAcct=anchor01",
            "POST /api/v5/asset/transfer {\"ccy\":\"USDT\",\"amt\":\"1.5\",\"from\":\"18\",\"to\":\"18\",\"type\":\"1\",\"subAcct\":\"anchor01\",\"clientId\":\"t1\"}",
            "GET /api/v5/asset/transfer-state?clientId=t1");
  }

  private void answer(String route, String sample) {
    server.route(route, Reply.ok(Samples.read(sample)));
  }

  private void ok(String route, String item) {
    server.route(route, Reply.ok("{\"code\":\"0\",\"msg\":\"\",\"data\":[" + item + "]}"));
  }

  private java.util.List<String> targets() {
    return server.received().stream()
        .map(r -> r.method() + " " + r.rawTarget() + (r.body().isEmpty() ? "" : " " + r.body()))
        .toList();
  }

  private static org.assertj.core.data.TemporalUnitOffset within() {
    return new org.assertj.core.data.TemporalUnitWithinOffset(
        5, java.time.temporal.ChronoUnit.SECONDS);
  }
}
