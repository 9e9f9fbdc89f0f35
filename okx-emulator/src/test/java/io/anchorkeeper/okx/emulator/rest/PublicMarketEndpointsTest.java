package io.anchorkeeper.okx.emulator.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.anchorkeeper.okx.emulator.OkxEmulator;
import io.anchorkeeper.okx.emulator.support.Emulators;
import io.anchorkeeper.okx.emulator.support.OkxHttp;
import io.anchorkeeper.okx.emulator.support.OkxHttp.Reply;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Public and market-data endpoints over HTTP: shapes as OKX's samples, and their errors. */
class PublicMarketEndpointsTest {

  private static OkxEmulator emu;
  private static OkxHttp http;

  @BeforeAll
  static void start() {
    emu = Emulators.started();
    http = OkxHttp.anonymous(emu);
  }

  @AfterAll
  static void stop() {
    emu.close();
  }

  @BeforeEach
  void freshRateWindow() {
    emu.control().resetRateLimits();
  }

  @Test
  void listsTheSwapCatalogueWithRealSpecs() {
    Reply r = http.get("/api/v5/public/instruments?instType=SWAP");
    assertThat(r.code()).isEqualTo("0");
    List<String> ids = new ArrayList<>();
    r.body().path("data").forEach(i -> ids.add(i.path("instId").asString()));
    assertThat(ids)
        .contains(
            "BTC-USDT-SWAP",
            "ETH-USDT-SWAP",
            "SOL-USDT-SWAP",
            "AAVE-USDT-SWAP",
            "CRO-USDT-SWAP",
            "APT-USDT-SWAP",
            "DOGE-USDT-SWAP",
            "XRP-USDT-SWAP");
    JsonNode btc = http.get("/api/v5/public/instruments?instType=SWAP&instId=BTC-USDT-SWAP").item();
    assertThat(btc.path("ctVal").asString()).isEqualTo("0.01");
    assertThat(btc.path("ctValCcy").asString()).isEqualTo("BTC");
    assertThat(btc.path("lotSz").asString()).isEqualTo("0.01");
    assertThat(btc.path("minSz").asString()).isEqualTo("0.01");
    assertThat(btc.path("tickSz").asString()).isEqualTo("0.1");
    assertThat(btc.path("maxMktSz").asString()).isEqualTo("34000");
    assertThat(btc.path("lever").asString()).isEqualTo("100");
    assertThat(btc.path("ctType").asString()).isEqualTo("linear");
    assertThat(btc.path("settleCcy").asString()).isEqualTo("USDT");
    assertThat(btc.path("instFamily").asString()).isEqualTo("BTC-USDT");
    assertThat(btc.path("state").asString()).isEqualTo("live");
  }

  @Test
  void answersOtherInstrumentTypesWithAnEmptyList() {
    for (String type : List.of("SPOT", "FUTURES", "OPTION", "MARGIN")) {
      Reply r = http.get("/api/v5/public/instruments?instType=" + type);
      assertThat(r.code()).isEqualTo("0");
      assertThat(r.body().path("data").size()).isZero();
    }
  }

  @Test
  void requiresInstTypeAndAKnownInstrument() {
    Reply missing = http.get("/api/v5/public/instruments");
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.code()).isEqualTo("50014");
    assertThat(http.get("/api/v5/public/instruments?instType=SWAP&instId=FOO-USDT-SWAP").code())
        .isEqualTo("51001");
  }

  @Test
  void givesTheMarkPriceSetThroughControl() {
    emu.control().setMarkPrice("ETH-USDT-SWAP", new BigDecimal("3010.54"));
    JsonNode item = http.get("/api/v5/public/mark-price?instType=SWAP&instId=ETH-USDT-SWAP").item();
    assertThat(item.path("instType").asString()).isEqualTo("SWAP");
    assertThat(item.path("markPx").asString()).isEqualTo("3010.54");
    assertThat(item.path("ts").asString()).isEqualTo(Long.toString(emu.clock().millis()));
    assertThat(http.get("/api/v5/public/mark-price?instType=SWAP").body().path("data").size())
        .isGreaterThanOrEqualTo(8);
  }

  @Test
  void givesServerTimeFromTheEmulatorClock() {
    long before = emu.clock().millis();
    emu.control().advanceClock(Duration.ofSeconds(5));
    assertThat(http.get("/api/v5/public/time").item().path("ts").asLong()).isEqualTo(before + 5000);
  }

  @Test
  void givesPositionTiersOfAFamily() {
    Reply r =
        http.get("/api/v5/public/position-tiers?instType=SWAP&tdMode=isolated&instFamily=BTC-USDT");
    JsonNode tier1 = r.item();
    assertThat(tier1.path("tier").asString()).isEqualTo("1");
    assertThat(tier1.path("minSz").asString()).isEqualTo("0");
    assertThat(tier1.path("maxSz").asString()).isEqualTo("1000");
    assertThat(tier1.path("mmr").asString()).isEqualTo("0.004");
    assertThat(tier1.path("imr").asString()).isEqualTo("0.01");
    assertThat(tier1.path("maxLever").asString()).isEqualTo("100");
    assertThat(r.data(1).path("minSz").asString()).isEqualTo("1000.01");
    assertThat(
            http.get(
                    "/api/v5/public/position-tiers?instType=SWAP&tdMode=isolated&instFamily=AAVE-USDT&tier=2")
                .item()
                .path("mmr")
                .asString())
        .isEqualTo("0.015");
    assertThat(http.get("/api/v5/public/position-tiers?instType=SWAP&tdMode=isolated").code())
        .isEqualTo("50014");
    assertThat(
            http.get("/api/v5/public/position-tiers?instType=SWAP&tdMode=bad&instFamily=BTC-USDT")
                .code())
        .isEqualTo("51000");
  }

  @Test
  void givesTickersWithLastAndBook() {
    emu.control().setMarkPrice("SOL-USDT-SWAP", new BigDecimal("150.25"));
    JsonNode t = http.get("/api/v5/market/ticker?instId=SOL-USDT-SWAP").item();
    assertThat(t.path("instType").asString()).isEqualTo("SWAP");
    assertThat(t.path("last").asString()).isEqualTo("150.25");
    assertThat(t.path("askPx").asString()).isEqualTo("150.25");
    assertThat(t.path("bidPx").asString()).isEqualTo("150.25");
    assertThat(t.has("open24h") && t.has("high24h") && t.has("low24h") && t.has("vol24h")).isTrue();
    assertThat(t.has("sodUtc0") && t.has("sodUtc8") && t.has("volCcy24h")).isTrue();
    assertThat(http.get("/api/v5/market/tickers?instType=SWAP").body().path("data").size())
        .isGreaterThanOrEqualTo(8);
    assertThat(http.get("/api/v5/market/tickers?instType=SPOT").body().path("data").size())
        .isZero();
    assertThat(http.get("/api/v5/market/ticker?instId=NOPE-USDT-SWAP").code()).isEqualTo("51001");
    assertThat(http.get("/api/v5/market/ticker").code()).isEqualTo("50014");
  }

  @Test
  void givesTradeCandlesNewestFirstWithNineColumns() {
    emu.control().setMarkPrice("XRP-USDT-SWAP", new BigDecimal("2.3"));
    emu.control().advanceClock(Duration.ofMinutes(2));
    Reply r = http.get("/api/v5/market/candles?instId=XRP-USDT-SWAP&bar=1m&limit=3");
    assertThat(r.body().path("data").size()).isEqualTo(3);
    JsonNode newest = r.data(0);
    assertThat(newest.size()).isEqualTo(9);
    assertThat(newest.get(0).asLong()).isGreaterThan(r.data(1).get(0).asLong());
    assertThat(newest.get(8).asString()).isEqualTo("0");
    assertThat(r.data(1).get(8).asString()).isEqualTo("1");
    assertThat(newest.get(4).asString()).isEqualTo("2.3");
    long ts = r.data(1).get(0).asLong();
    Reply older =
        http.get("/api/v5/market/history-candles?instId=XRP-USDT-SWAP&after=" + ts + "&limit=2");
    assertThat(older.data(0).get(0).asLong()).isEqualTo(ts - 60_000);
    assertThat(http.get("/api/v5/market/candles?instId=XRP-USDT-SWAP&bar=7m").code())
        .isEqualTo("51000");
  }

  @Test
  void givesMarkPriceCandlesWithSixColumns() {
    Reply r = http.get("/api/v5/market/mark-price-candles?instId=BTC-USDT-SWAP&bar=1H&limit=2");
    assertThat(r.body().path("data").size()).isEqualTo(2);
    assertThat(r.data(0).size()).isEqualTo(6);
    assertThat(r.data(0).get(0).asLong() - r.data(1).get(0).asLong()).isEqualTo(3_600_000L);
    Reply h = http.get("/api/v5/market/history-mark-price-candles?instId=BTC-USDT-SWAP&bar=1Dutc");
    assertThat(h.data(0).get(0).asLong() % 86_400_000L).isZero();
    Reply d = http.get("/api/v5/market/mark-price-candles?instId=BTC-USDT-SWAP&bar=1D");
    assertThat((d.data(0).get(0).asLong() + 8 * 3_600_000L) % 86_400_000L)
        .as("1D is aligned to UTC+8")
        .isZero();
  }

  @Test
  void answersUnknownPathsWithOkxs404() {
    Reply r = http.get("/api/v5/public/nothing");
    assertThat(r.status()).isEqualTo(404);
    assertThat(r.body().path("code").asInt()).isEqualTo(404);
    assertThat(r.body().path("msg").asString()).isEqualTo("Not Found");
  }
}
