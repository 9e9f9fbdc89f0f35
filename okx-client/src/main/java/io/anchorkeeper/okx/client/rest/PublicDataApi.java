package io.anchorkeeper.okx.client.rest;

import io.anchorkeeper.okx.client.json.OkxFields;
import io.anchorkeeper.okx.client.rest.RestTransport.ItemFailures;
import io.anchorkeeper.okx.client.rest.model.Candle;
import io.anchorkeeper.okx.client.rest.model.CandleQuery;
import io.anchorkeeper.okx.client.rest.model.Instrument;
import io.anchorkeeper.okx.client.rest.model.MarkPrice;
import io.anchorkeeper.okx.client.rest.model.PositionTier;
import io.anchorkeeper.okx.client.rest.model.Ticker;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Public market data; unsigned, limited per IP and shared by every client of the process. */
public final class PublicDataApi {
  private final RestTransport transport;

  PublicDataApi(RestTransport transport) {
    this.transport = transport;
  }

  /** All instruments of a type, e.g. {@code SWAP}. */
  public List<Instrument> instruments(String instType) {
    return list(OkxEndpoints.INSTRUMENTS, params().put("instType", instType), Instrument::from);
  }

  public Optional<Instrument> instrument(String instType, String instId) {
    return list(
            OkxEndpoints.INSTRUMENTS,
            params().put("instType", instType).put("instId", instId),
            Instrument::from)
        .stream()
        .findFirst();
  }

  /** Mark prices of every instrument of a type. */
  public List<MarkPrice> markPrices(String instType) {
    return list(OkxEndpoints.MARK_PRICE, params().put("instType", instType), MarkPrice::from);
  }

  public Optional<MarkPrice> markPrice(String instType, String instId) {
    return list(
            OkxEndpoints.MARK_PRICE,
            params().put("instType", instType).put("instId", instId),
            MarkPrice::from)
        .stream()
        .findFirst();
  }

  public Optional<Ticker> ticker(String instId) {
    return list(OkxEndpoints.TICKER, params().put("instId", instId), Ticker::from).stream()
        .findFirst();
  }

  /** Trade candles, newest first; the latest 1,440 bars. */
  public List<Candle> candles(CandleQuery query) {
    return list(OkxEndpoints.CANDLES, query.toParams(), PublicDataApi::candle);
  }

  public List<Candle> historyCandles(CandleQuery query) {
    return list(OkxEndpoints.HISTORY_CANDLES, query.toParams(), PublicDataApi::candle);
  }

  /** Mark-price candles (at most 100 per call), newest first. */
  public List<Candle> markPriceCandles(CandleQuery query) {
    return list(OkxEndpoints.MARK_PRICE_CANDLES, query.toParams(), PublicDataApi::candle);
  }

  public List<Candle> historyMarkPriceCandles(CandleQuery query) {
    return list(OkxEndpoints.HISTORY_MARK_PRICE_CANDLES, query.toParams(), PublicDataApi::candle);
  }

  /** OKX server time ({@code data[0].ts}). */
  public Instant serverTime() {
    return transport.callOne(
        OkxEndpoints.TIME,
        RestPayload.query(params()),
        f -> f.millis("ts").orElseThrow(() -> new IllegalArgumentException("no ts")));
  }

  /** Tiers of up to 5 comma-separated instrument families, e.g. {@code BTC-USDT}. */
  public List<PositionTier> positionTiers(String instType, String tdMode, String instFamily) {
    return list(
        OkxEndpoints.POSITION_TIERS,
        params().put("instType", instType).put("tdMode", tdMode).put("instFamily", instFamily),
        PositionTier::from);
  }

  private static Candle candle(OkxFields row) {
    return Candle.fromRow(row.rowValues());
  }

  private static RequestParams params() {
    return RequestParams.create();
  }

  private <T> List<T> list(Endpoint endpoint, RequestParams params, Function<OkxFields, T> mapper) {
    return transport.call(endpoint, RestPayload.query(params), ItemFailures.THROW, mapper);
  }
}
