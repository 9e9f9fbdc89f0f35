package io.anchorkeeper.okx.client.rest;

import static io.anchorkeeper.okx.client.testing.FakeOkxServer.Reply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.anchorkeeper.okx.client.OkxClientFactory;
import io.anchorkeeper.okx.client.auth.OkxCredentials;
import io.anchorkeeper.okx.client.error.OkxException;
import io.anchorkeeper.okx.client.rest.model.MgnMode;
import io.anchorkeeper.okx.client.rest.model.OrderRef;
import io.anchorkeeper.okx.client.rest.model.OrderRequest;
import io.anchorkeeper.okx.client.rest.model.PosSide;
import io.anchorkeeper.okx.client.rest.model.Side;
import io.anchorkeeper.okx.client.testing.FakeOkxServer;
import io.anchorkeeper.okx.client.testing.OkxAuthCheck;
import io.anchorkeeper.okx.client.testing.Samples;
import io.anchorkeeper.okx.client.testing.TestConfigs;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The two calls an unknown order outcome is reconciled with: placing with OKX's {@code expTime}
 * deadline, and looking an order up by {@code clOrdId}, where "OKX does not know it" must never be
 * confused with "the lookup failed".
 */
class OrderDeadlineAndLookupTest {
  private static final String PLACE = "POST /api/v5/trade/order";
  private static final String BATCH = "POST /api/v5/trade/batch-orders";
  private static final String QUERY = "GET /api/v5/trade/order";
  private static final OrderRequest BUY =
      OrderRequest.market(
          "BTC-USDT-SWAP", MgnMode.ISOLATED, Side.BUY, PosSide.LONG, BigDecimal.ONE, "abc123");
  private static final OrderRef REF = OrderRef.byClOrdId("BTC-USDT-SWAP", "abc123");

  private final OkxCredentials credentials = TestConfigs.credentials(1);
  private FakeOkxServer server;
  private OkxClientFactory factory;
  private OkxRestClient client;

  @BeforeEach
  void start() throws IOException {
    server = new FakeOkxServer();
    factory =
        new OkxClientFactory(
            TestConfigs.loopback(server.port())
                .withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(400)));
    client = factory.rest(credentials);
  }

  @AfterEach
  void stop() {
    factory.close();
    server.close();
  }

  @Test
  void sendsTheDeadlineAsAnUnsignedExpTimeHeaderInEpochMillis() {
    String success = Samples.read("rest-trade-order-place-success.json");
    server.route(PLACE, request -> OkxAuthCheck.guarded(server, request, success));
    Instant deadline = Instant.parse("2026-01-05T00:00:10.250Z");

    client.trade().placeOrder(BUY, deadline);

    FakeOkxServer.Received sent = server.received("/api/v5/trade/order").get(0);
    assertThat(sent.header("expTime")).isEqualTo("1767571210250");
    assertThat(sent.body()).doesNotContain("expTime");
  }

  @Test
  void anOrderWithoutADeadlineSendsNoExpTime() {
    server.route(PLACE, Reply.ok(Samples.read("rest-trade-order-place-success.json")));

    client.trade().placeOrder(BUY);

    assertThat(server.received("/api/v5/trade/order").get(0).header("expTime")).isEmpty();
  }

  @Test
  void aBatchCarriesOneDeadlineForAllItsOrders() {
    server.route(BATCH, Reply.ok(Samples.read("rest-trade-batch-orders-docs.json")));

    client.trade().placeOrders(List.of(BUY), Instant.ofEpochMilli(1_767_571_200_000L));

    assertThat(server.received("/api/v5/trade/batch-orders").get(0).header("expTime"))
        .isEqualTo("1767571200000");
  }

  @Test
  void anOrderRefusedForItsDeadlineIsARejectionThatNamesTheOrder() {
    server.route(
        PLACE,
        Reply.ok(
            "{\"code\":\"1\",\"msg\":\"\",\"data\":[{\"clOrdId\":\"abc123\",\"ordId\":\"\","
                + "\"sCode\":\"50036\",\"sMsg\":\"The expTime can't be earlier than the current"
                + " system time.\",\"tag\":\"\",\"ts\":\"1767571200000\"}]}"));

    OkxException.Rejected e =
        catchThrowableOfType(
            OkxException.Rejected.class,
            () -> client.trade().placeOrder(BUY, Instant.ofEpochMilli(1)));

    assertThat(e.code()).contains("50036");
    assertThat(e.clOrdId()).contains("abc123");
  }

  @Test
  void anUnknownOrderIsEmptyWhetherOkxSaysSoAtTheTopOrInTheItem() {
    server.route(
        QUERY, Reply.ok("{\"code\":\"51603\",\"msg\":\"Order does not exist\",\"data\":[]}"));
    assertThat(client.trade().order(REF)).isEmpty();

    server.route(
        QUERY,
        Reply.ok(
            "{\"code\":\"1\",\"msg\":\"\",\"data\":[{\"sCode\":\"51603\","
                + "\"sMsg\":\"Order does not exist\"}]}"));
    assertThat(client.trade().order(REF)).isEmpty();
  }

  @Test
  void aLookupThatFailsIsAnErrorNeverAnEmptyAnswer() {
    server.route(
        QUERY, Reply.of(503, "{\"code\":\"50001\",\"msg\":\"Service temporarily unavailable\"}"));
    assertThat(lookupFailure()).isInstanceOf(OkxException.Unavailable.class);

    server.route(QUERY, Reply.of(500, "<html>gateway</html>"));
    assertThat(lookupFailure()).isInstanceOf(OkxException.Unavailable.class);

    server.route(
        QUERY, Reply.of(429, "{\"code\":\"50011\",\"msg\":\"Too Many Requests\",\"data\":[]}"));
    assertThat(lookupFailure()).isInstanceOf(OkxException.RateLimited.class);

    server.route(QUERY, Reply.ok("{\"code\":\"51001\",\"msg\":\"Instrument ID does not exist\"}"));
    assertThat(lookupFailure())
        .isInstanceOfSatisfying(
            OkxException.Rejected.class, e -> assertThat(e.code()).contains("51001"));

    server.route(QUERY, request -> new Reply(200, "{\"code\":\"0\",\"data\":[]}", 1_000));
    assertThat(lookupFailure()).isInstanceOf(OkxException.Unavailable.class);
  }

  @Test
  void aKnownOrderIsReturnedWithItsState() {
    server.route(QUERY, Reply.ok(Samples.read("rest-trade-order-query-filled-market-spot.json")));

    assertThat(client.trade().order(REF).orElseThrow().state()).isEqualTo("filled");
  }

  private OkxException lookupFailure() {
    OkxException e = catchThrowableOfType(OkxException.class, () -> client.trade().order(REF));
    assertThat(e).as("the lookup must fail, not answer").isNotNull();
    return e;
  }
}
