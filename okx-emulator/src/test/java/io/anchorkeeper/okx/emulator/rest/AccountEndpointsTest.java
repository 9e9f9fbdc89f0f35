package io.anchorkeeper.okx.emulator.rest;

import static io.anchorkeeper.okx.emulator.support.Orders.limit;
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

/** Account endpoints over HTTP, each with its success and error answers. */
class AccountEndpointsTest {

  private static final TestAccount MAIN = TestAccount.main("main", "50000");
  private static final TestAccount SUB = TestAccount.sub("sub1", "1000");
  private OkxEmulator emu;
  private OkxHttp main;
  private OkxHttp sub;

  @BeforeEach
  void start() {
    emu = Emulators.started(MAIN, SUB);
    main = new OkxHttp(emu, MAIN);
    sub = new OkxHttp(emu, SUB);
    emu.control().setMarkPrice("ETH-USDT-SWAP", new BigDecimal("3000"));
  }

  @AfterEach
  void stop() {
    emu.close();
  }

  @Test
  void balanceShowsUsdtInOkxTerms() {
    JsonNode account = sub.get("/api/v5/account/balance").item();
    assertThat(account.path("totalEq").asString()).isEqualTo("1000");
    JsonNode usdt = account.path("details").path(0);
    assertThat(usdt.path("ccy").asString()).isEqualTo("USDT");
    assertThat(usdt.path("cashBal").asString()).isEqualTo("1000");
    assertThat(usdt.path("availBal").asString()).isEqualTo("1000");
    assertThat(usdt.path("eq").asString()).isEqualTo("1000");
    assertThat(usdt.path("isoEq").asString()).isEqualTo("0");
    assertThat(sub.get("/api/v5/account/balance?ccy=BTC").item().path("details").size()).isZero();
  }

  @Test
  void positionsListsOpenIsolatedPositions() {
    assertThat(sub.get("/api/v5/account/positions").body().path("data").size()).isZero();
    sub.post("/api/v5/trade/order", market("ETH-USDT-SWAP", "buy", "long", "1"));
    Reply r = sub.get("/api/v5/account/positions?instType=SWAP&instId=ETH-USDT-SWAP");
    JsonNode p = r.item();
    assertThat(p.path("instId").asString()).isEqualTo("ETH-USDT-SWAP");
    assertThat(p.path("mgnMode").asString()).isEqualTo("isolated");
    assertThat(p.path("posSide").asString()).isEqualTo("long");
    assertThat(p.path("pos").asString()).isEqualTo("1");
    assertThat(p.path("margin").asString()).isEqualTo("30");
    assertThat(p.path("imr").asString()).isEmpty();
    assertThat(sub.get("/api/v5/account/positions?instId=BTC-USDT-SWAP").body().path("data").size())
        .isZero();
    assertThat(sub.get("/api/v5/account/positions?instType=FUTURES").body().path("data").size())
        .isZero();
    String posId = p.path("posId").asString();
    assertThat(sub.get("/api/v5/account/positions?posId=" + posId).item().path("posId").asString())
        .isEqualTo(posId);
  }

  @Test
  void configTellsSubAccountsApart() {
    JsonNode mainCfg = main.get("/api/v5/account/config").item();
    JsonNode subCfg = sub.get("/api/v5/account/config").item();
    assertThat(mainCfg.path("acctLv").asString()).isEqualTo("2");
    assertThat(mainCfg.path("posMode").asString()).isEqualTo("long_short_mode");
    assertThat(mainCfg.path("uid").asString()).isEqualTo(mainCfg.path("mainUid").asString());
    assertThat(subCfg.path("uid").asString()).isNotEqualTo(subCfg.path("mainUid").asString());
    assertThat(subCfg.path("mainUid").asString()).isEqualTo(mainCfg.path("uid").asString());
  }

  @Test
  void setPositionModeWorksOnlyWithoutPositions() {
    Reply ok = sub.post("/api/v5/account/set-position-mode", Map.of("posMode", "net_mode"));
    assertThat(ok.item().path("posMode").asString()).isEqualTo("net_mode");
    assertThat(sub.get("/api/v5/account/config").item().path("posMode").asString())
        .isEqualTo("net_mode");
    assertThat(sub.post("/api/v5/account/set-position-mode", Map.of("posMode", "x")).code())
        .isEqualTo("51000");
    sub.post(
        "/api/v5/trade/order",
        Map.of(
            "instId",
            "ETH-USDT-SWAP",
            "tdMode",
            "isolated",
            "side",
            "buy",
            "ordType",
            "market",
            "sz",
            "1"));
    Reply blocked =
        sub.post("/api/v5/account/set-position-mode", Map.of("posMode", "long_short_mode"));
    assertThat(blocked.code()).isEqualTo("59000");
  }

  @Test
  void setLeverageIsPerSide() {
    Reply r =
        sub.post(
            "/api/v5/account/set-leverage",
            Map.of(
                "instId", "ETH-USDT-SWAP", "lever", "5", "mgnMode", "isolated", "posSide", "long"));
    assertThat(r.code()).isEqualTo("0");
    assertThat(r.item().path("lever").asString()).isEqualTo("5");
    assertThat(r.item().path("posSide").asString()).isEqualTo("long");
    JsonNode info =
        sub.get("/api/v5/account/leverage-info?instId=ETH-USDT-SWAP&mgnMode=isolated").body();
    assertThat(info.path("data").path(0).path("posSide").asString()).isEqualTo("long");
    assertThat(info.path("data").path(0).path("lever").asString()).isEqualTo("5");
    assertThat(info.path("data").path(1).path("posSide").asString()).isEqualTo("short");
    assertThat(info.path("data").path(1).path("lever").asString()).isEqualTo("10");
  }

  @Test
  void setLeverageRejectsWhatOkxRejects() {
    String path = "/api/v5/account/set-leverage";
    assertThat(
            sub.post(
                    path,
                    Map.of(
                        "instId",
                        "ETH-USDT-SWAP",
                        "lever",
                        "101",
                        "mgnMode",
                        "isolated",
                        "posSide",
                        "long"))
                .code())
        .isEqualTo("59102");
    assertThat(
            sub.post(path, Map.of("instId", "ETH-USDT-SWAP", "lever", "5", "mgnMode", "isolated"))
                .code())
        .as("posSide is required in long/short mode")
        .isEqualTo("51000");
    assertThat(
            sub.post(path, Map.of("instId", "ETH-USDT-SWAP", "lever", "5", "mgnMode", "cross"))
                .code())
        .isEqualTo("51010");
    assertThat(
            sub.post(
                    path,
                    Map.of("instId", "ETH-USDT-SWAP", "mgnMode", "isolated", "posSide", "long"))
                .code())
        .isEqualTo("50014");
    assertThat(
            sub.post(
                    path,
                    Map.of(
                        "instId",
                        "NOPE-USDT-SWAP",
                        "lever",
                        "5",
                        "mgnMode",
                        "isolated",
                        "posSide",
                        "long"))
                .code())
        .isEqualTo("51001");
    sub.post("/api/v5/trade/order", limit("ETH-USDT-SWAP", "buy", "long", "1", "2000"));
    assertThat(
            sub.post(
                    path,
                    Map.of(
                        "instId",
                        "ETH-USDT-SWAP",
                        "lever",
                        "5",
                        "mgnMode",
                        "isolated",
                        "posSide",
                        "long"))
                .code())
        .as("pending orders on that side block it")
        .isEqualTo("59101");
  }

  @Test
  void marginBalanceAddsAndReducesWithinTheLimit() {
    sub.post("/api/v5/trade/order", market("ETH-USDT-SWAP", "buy", "long", "1"));
    String path = "/api/v5/account/position/margin-balance";
    Reply add =
        sub.post(
            path, Map.of("instId", "ETH-USDT-SWAP", "posSide", "long", "type", "add", "amt", "10"));
    assertThat(add.code()).isEqualTo("0");
    assertThat(add.item().path("amt").asString()).isEqualTo("10");
    assertThat(add.item().path("type").asString()).isEqualTo("add");
    assertThat(add.item().path("leverage").asString()).isEqualTo("7.5");
    Reply tooMuch =
        sub.post(
            path,
            Map.of("instId", "ETH-USDT-SWAP", "posSide", "long", "type", "reduce", "amt", "10.01"));
    assertThat(tooMuch.code()).isEqualTo("59301");
    Reply reduce =
        sub.post(
            path,
            Map.of("instId", "ETH-USDT-SWAP", "posSide", "long", "type", "reduce", "amt", 10));
    assertThat(reduce.code()).isEqualTo("0");
    assertThat(
            sub.post(
                    path,
                    Map.of(
                        "instId", "ETH-USDT-SWAP", "posSide", "short", "type", "add", "amt", "1"))
                .code())
        .isEqualTo("59300");
    assertThat(
            sub.post(
                    path,
                    Map.of(
                        "instId", "ETH-USDT-SWAP", "posSide", "long", "type", "add", "amt", "5000"))
                .code())
        .as("adding more than is available")
        .isEqualTo("59301");
    assertThat(
            sub.post(
                    path,
                    Map.of(
                        "instId", "ETH-USDT-SWAP", "posSide", "long", "type", "move", "amt", "1"))
                .code())
        .isEqualTo("51000");
  }

  @Test
  void maxSizeCountsMarginAndFee() {
    // 1000 / (0.1 x 3000 / 10 + 0.1 x 3000 x 0.0005) = 1000 / 30.15 = 33.16... -> 33.16 (lot 0.01)
    JsonNode m = sub.get("/api/v5/account/max-size?instId=ETH-USDT-SWAP&tdMode=isolated").item();
    assertThat(m.path("maxBuy").asString()).isEqualTo("33.16");
    assertThat(m.path("maxSell").asString()).isEqualTo("33.16");
    JsonNode at5x =
        sub.get("/api/v5/account/max-size?instId=ETH-USDT-SWAP&tdMode=isolated&leverage=5&px=2000")
            .item();
    // 1000 / (0.1 x 2000 / 5 + 0.1) = 1000 / 40.1 = 24.93...
    assertThat(at5x.path("maxBuy").asString()).isEqualTo("24.93");
    assertThat(sub.get("/api/v5/account/max-size?instId=ETH-USDT-SWAP").code()).isEqualTo("50014");
  }

  @Test
  void maxAvailSizeIsTheAvailableBalance() {
    JsonNode m =
        sub.get("/api/v5/account/max-avail-size?instId=ETH-USDT-SWAP&tdMode=isolated").item();
    assertThat(m.path("availBuy").asString()).isEqualTo("1000");
    assertThat(m.path("availSell").asString()).isEqualTo("1000");
    assertThat(sub.get("/api/v5/account/max-avail-size?instId=X-USDT-SWAP&tdMode=isolated").code())
        .isEqualTo("51001");
  }

  @Test
  void tradeFeeIsNegativeForACharge() {
    JsonNode f = sub.get("/api/v5/account/trade-fee?instType=SWAP").item();
    assertThat(f.path("takerU").asString()).isEqualTo("-0.0005");
    assertThat(f.path("makerU").asString()).isEqualTo("-0.0002");
    assertThat(sub.get("/api/v5/account/trade-fee").code()).isEqualTo("50014");
  }
}
