package io.anchorkeeper.okx.emulator.rest;

import static io.anchorkeeper.okx.emulator.ratelimit.RateRule.per2s;

import io.anchorkeeper.okx.emulator.engine.Engine;
import io.anchorkeeper.okx.emulator.engine.Errors;
import io.anchorkeeper.okx.emulator.instrument.Instrument;
import io.anchorkeeper.okx.emulator.market.Bar;
import io.anchorkeeper.okx.emulator.market.CandleQuery;
import io.anchorkeeper.okx.emulator.market.CandleSeries;
import io.anchorkeeper.okx.emulator.ratelimit.RateScope;
import io.anchorkeeper.okx.emulator.wire.MarketJson;
import java.util.List;
import java.util.function.Function;

/**
 * {@code /api/v5/market/*}: ticker(s), trade candles and mark-price candles with their history
 * variants. Candles come from the emulator's one-minute bars (two days at most, seeded with a day
 * of history at start-up).
 */
final class MarketEndpoints {

  private static final String BASE = "/api/v5/market/";

  private final Engine engine;

  MarketEndpoints(Engine engine) {
    this.engine = engine;
  }

  void register(Router router) {
    router.add(Route.publicGet(BASE + "ticker", per2s(20, RateScope.IP), this::ticker));
    router.add(Route.publicGet(BASE + "tickers", per2s(20, RateScope.IP), this::tickers));
    router.add(
        Route.publicGet(BASE + "candles", per2s(40, RateScope.IP), r -> candles(r, 300, false)));
    router.add(
        Route.publicGet(
            BASE + "history-candles", per2s(20, RateScope.IP), r -> candles(r, 100, false)));
    router.add(
        Route.publicGet(
            BASE + "mark-price-candles", per2s(20, RateScope.IP), r -> candles(r, 100, true)));
    router.add(
        Route.publicGet(
            BASE + "history-mark-price-candles",
            per2s(20, RateScope.IP),
            r -> candles(r, 100, true)));
  }

  private ApiResponse ticker(ApiRequest r) {
    Instrument inst = instrument(r);
    return ApiResponse.ok(List.of(MarketJson.ticker(engine, inst.instId())));
  }

  private ApiResponse tickers(ApiRequest r) {
    if (!"SWAP".equals(r.required("instType"))) {
      return ApiResponse.ok(List.of());
    }
    return ApiResponse.ok(
        engine.catalogue().all().stream().map(i -> MarketJson.ticker(engine, i.instId())).toList());
  }

  private ApiResponse candles(ApiRequest r, int maxLimit, boolean mark) {
    Instrument inst = instrument(r);
    Bar bar = Bar.parse(r.param("bar", "1m")).orElseThrow(() -> Errors.param("bar"));
    CandleSeries series =
        mark
            ? engine.prices().markCandles(inst.instId())
            : engine.prices().tradeCandles(inst.instId());
    List<CandleQuery.Row> rows =
        CandleQuery.rows(
            series,
            bar,
            r.millis("after").orElse(null),
            r.millis("before").orElse(null),
            r.limit(100, maxLimit),
            engine.now());
    Function<CandleQuery.Row, List<String>> shape =
        mark ? MarketJson::markRow : MarketJson::tradeRow;
    return ApiResponse.ok(rows.stream().map(shape).toList());
  }

  private Instrument instrument(ApiRequest r) {
    return engine.catalogue().find(r.required("instId")).orElseThrow(Errors::instrumentMissing);
  }
}
