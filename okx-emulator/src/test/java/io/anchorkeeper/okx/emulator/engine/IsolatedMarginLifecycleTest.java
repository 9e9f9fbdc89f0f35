package io.anchorkeeper.okx.emulator.engine;

import static io.anchorkeeper.okx.emulator.support.Orders.market;
import static org.assertj.core.api.Assertions.assertThat;

import io.anchorkeeper.okx.emulator.OkxEmulator;
import io.anchorkeeper.okx.emulator.support.Emulators;
import io.anchorkeeper.okx.emulator.support.OkxHttp;
import io.anchorkeeper.okx.emulator.support.OkxHttp.Reply;
import io.anchorkeeper.okx.emulator.support.TestAccount;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * One isolated ETH-USDT-SWAP long through its life over HTTP, every number worked out by hand
 * (ctVal 0.1, 10x, taker 0.0005, tier-1 mmr 0.004, 10,000 USDT to start):
 *
 * <pre>
 * open 10 @ 3000     margin 0.1*10*3000/10 = 300, fee 0.1*10*3000*0.0005 = 1.5, cash 9698.5
 * add 50             margin 350, cash 9648.5, effective leverage 3000/350 = 8.57
 * mark 3100          upl 0.1*10*100 = 100; reducible 350 - 0.1*10*3100/10 = 40
 * reduce 40          margin 310, cash 9688.5 (40.01 would be 59301)
 * close 4 @ 3100     released 310*4/10 = 124, pnl 0.1*4*100 = 40, fee 0.1*4*3100*0.0005 = 0.62
 *                    cash 9688.5 + 124 + 40 - 0.62 = 9851.88; left 6 @ 3000, margin 186
 * liqPx              (3000 - 186/0.6) / (1 - 0.004 - 0.0005) = 2690/0.9955 = 2702.1597...
 * mark 2703          ratio (186 - 178.2) / (0.6*2703*0.0045) = 7.8/7.2981 = 1.0688 > 1: alive
 * mark 2702          ratio (186 - 178.8) / (0.6*2702*0.0045) = 7.2/7.2954 = 0.9869: liquidated
 *                    pnl -178.8, fee 0.6*2702*0.0005 = 0.8106, penalty -(186-178.8-0.8106) = -6.3894
 *                    cash stays 9851.88: the position's margin is all that is lost
 * </pre>
 */
class IsolatedMarginLifecycleTest {

  private static final String ETH = "ETH-USDT-SWAP";
  private static final TestAccount SUB = TestAccount.sub("sub1", "10000");
  private OkxEmulator emu;
  private OkxHttp http;

  @BeforeEach
  void start() {
    emu = Emulators.started(TestAccount.main("main", "0"), SUB);
    http = new OkxHttp(emu, SUB);
    emu.control().setMarkPrice(ETH, new BigDecimal("3000"));
  }

  @AfterEach
  void stop() {
    emu.close();
  }

  @Test
  void opensAddsReducesClosesInPartAndIsLiquidated() {
    assertThat(http.post("/api/v5/trade/order", market(ETH, "buy", "long", "10")).code())
        .isEqualTo("0");
    JsonNode p = position();
    assertThat(p.path("margin").asString()).isEqualTo("300");
    assertThat(p.path("avgPx").asString()).isEqualTo("3000");
    assertThat(p.path("fee").asString()).isEqualTo("-1.5");
    assertThat(p.path("realizedPnl").asString()).isEqualTo("-1.5");
    assertThat(cash()).isEqualTo("9698.5");

    Reply add = margin("add", "50");
    assertThat(add.item().path("leverage").asString()).isEqualTo("8.57");
    assertThat(position().path("margin").asString()).isEqualTo("350");
    assertThat(cash()).isEqualTo("9648.5");

    emu.control().setMarkPrice(ETH, new BigDecimal("3100"));
    assertThat(position().path("upl").asString()).isEqualTo("100");
    // uplRatio: 100 / (0.1*10*3000/10) = 0.3333... (added margin is not in the denominator)
    assertThat(new BigDecimal(position().path("uplRatio").asString()))
        .isEqualByComparingTo("0.3333333333333333");
    assertThat(margin("reduce", "40.01").code()).isEqualTo("59301");
    assertThat(margin("reduce", "40").code()).isEqualTo("0");
    assertThat(position().path("margin").asString()).isEqualTo("310");
    assertThat(cash()).isEqualTo("9688.5");

    Reply close = http.post("/api/v5/trade/order", market(ETH, "sell", "long", "4"));
    String closeId = close.item().path("ordId").asString();
    JsonNode closeOrder =
        http.get("/api/v5/trade/order?instId=" + ETH + "&ordId=" + closeId).item();
    assertThat(closeOrder.path("pnl").asString()).isEqualTo("40");
    assertThat(closeOrder.path("fee").asString()).isEqualTo("-0.62");
    p = position();
    assertThat(p.path("pos").asString()).isEqualTo("6");
    assertThat(p.path("margin").asString()).isEqualTo("186");
    assertThat(p.path("avgPx").asString()).isEqualTo("3000");
    assertThat(p.path("pnl").asString()).isEqualTo("40");
    assertThat(p.path("realizedPnl").asString()).isEqualTo("37.88");
    assertThat(cash()).isEqualTo("9851.88");
    assertThat(new BigDecimal(p.path("liqPx").asString()))
        .isEqualByComparingTo(MarginMath.div(new BigDecimal("2690"), new BigDecimal("0.9955")));

    emu.control().setMarkPrice(ETH, new BigDecimal("2703"));
    assertThat(new BigDecimal(position().path("mgnRatio").asString()))
        .isEqualByComparingTo(MarginMath.div(new BigDecimal("7.8"), new BigDecimal("7.2981")));

    emu.control().setMarkPrice(ETH, new BigDecimal("2702"));
    assertThat(http.get("/api/v5/account/positions").body().path("data").size()).isZero();
    assertThat(cash()).isEqualTo("9851.88");
    JsonNode liq = http.get("/api/v5/trade/orders-history?instType=SWAP").item();
    assertThat(liq.path("category").asString()).isEqualTo("full_liquidation");
    assertThat(liq.path("side").asString()).isEqualTo("sell");
    assertThat(liq.path("accFillSz").asString()).isEqualTo("6");
    assertThat(liq.path("avgPx").asString()).isEqualTo("2702");
    assertThat(liq.path("pnl").asString()).isEqualTo("-178.8");
    assertThat(liq.path("fee").asString()).isEqualTo("-0.8106");
    JsonNode fill = http.get("/api/v5/trade/fills").item();
    assertThat(fill.path("execType").asString()).isEmpty();
    assertThat(fill.path("subType").asString()).isEqualTo("104");
    JsonNode balance = http.get("/api/v5/account/balance").item().path("details").path(0);
    assertThat(balance.path("eq").asString()).isEqualTo("9851.88");
    assertThat(balance.path("isoEq").asString()).isEqualTo("0");
  }

  @Test
  void reportsTheCapturedEthPositionsFigures() {
    emu.control().setMarkPrice(ETH, new BigDecimal("3011"));
    http.post("/api/v5/trade/order", market(ETH, "buy", "long", "1"));
    emu.control().setMarkPrice(ETH, new BigDecimal("3010.54"));
    JsonNode p = position();
    // okx-instruments.md section 3: margin 30.11, fee -0.15055, mmr 1.204216, upl -0.046
    assertThat(p.path("margin").asString()).isEqualTo("30.11");
    assertThat(p.path("fee").asString()).isEqualTo("-0.15055");
    assertThat(p.path("mmr").asString()).isEqualTo("1.204216");
    assertThat(p.path("upl").asString()).isEqualTo("-0.046");
    assertThat(p.path("notionalUsd").asString()).isEqualTo("301.054");
    assertThat(p.path("mgnRatio").asString()).startsWith("22.1916629205");
    assertThat(p.path("bePx").asString()).startsWith("3014.01250625312");
  }

  @Test
  void raisingLeverageWithAPositionReleasesMarginLoweringItTakesMore() {
    http.post("/api/v5/trade/order", market(ETH, "buy", "long", "10"));
    String path = "/api/v5/account/set-leverage";
    Map<String, Object> to5 =
        Map.of("instId", ETH, "lever", "5", "mgnMode", "isolated", "posSide", "long");
    assertThat(http.post(path, to5).code()).isEqualTo("0");
    // 0.1*10*3000/5 = 600: 300 more taken from cash
    assertThat(position().path("margin").asString()).isEqualTo("600");
    assertThat(position().path("lever").asString()).isEqualTo("5");
    assertThat(cash()).isEqualTo("9398.5");
    Map<String, Object> to20 =
        Map.of("instId", ETH, "lever", "20", "mgnMode", "isolated", "posSide", "long");
    assertThat(http.post(path, to20).code()).isEqualTo("0");
    // 0.1*10*3000/20 = 150: 450 given back
    assertThat(position().path("margin").asString()).isEqualTo("150");
    assertThat(cash()).isEqualTo("9848.5");
  }

  @Test
  void shortPositionGainsWhenThePriceFalls() {
    http.post("/api/v5/trade/order", market(ETH, "sell", "short", "2"));
    emu.control().setMarkPrice(ETH, new BigDecimal("2900"));
    JsonNode p = position();
    assertThat(p.path("posSide").asString()).isEqualTo("short");
    assertThat(p.path("upl").asString()).isEqualTo("20");
    http.post("/api/v5/trade/order", market(ETH, "buy", "short", "2"));
    // 10000 - 60 - 0.3 (open) + 60 + 20 - 0.29 (close)
    assertThat(cash()).isEqualTo("10019.41");
  }

  private Reply margin(String type, String amt) {
    return http.post(
        "/api/v5/account/position/margin-balance",
        Map.of("instId", ETH, "posSide", "long", "type", type, "amt", amt));
  }

  private JsonNode position() {
    return http.get("/api/v5/account/positions?instId=" + ETH).item();
  }

  private String cash() {
    return http.get("/api/v5/account/balance")
        .item()
        .path("details")
        .path(0)
        .path("cashBal")
        .asString();
  }
}
