package io.anchorkeeper.okx.client.rest;

import io.anchorkeeper.okx.client.json.OkxFields;
import io.anchorkeeper.okx.client.rest.RestTransport.ItemFailures;
import io.anchorkeeper.okx.client.rest.model.AccountConfig;
import io.anchorkeeper.okx.client.rest.model.Balance;
import io.anchorkeeper.okx.client.rest.model.LeverageInfo;
import io.anchorkeeper.okx.client.rest.model.MarginBalanceResult;
import io.anchorkeeper.okx.client.rest.model.MaxAvailSize;
import io.anchorkeeper.okx.client.rest.model.MaxSize;
import io.anchorkeeper.okx.client.rest.model.MgnMode;
import io.anchorkeeper.okx.client.rest.model.PosSide;
import io.anchorkeeper.okx.client.rest.model.Position;
import io.anchorkeeper.okx.client.rest.model.TradeFee;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The trading account of the client's key: balance, positions, settings, margin, limits. */
public final class AccountApi {
  private final RestTransport transport;

  AccountApi(RestTransport transport) {
    this.transport = transport;
  }

  /** The trading-account balance; {@code ccy} narrows the details (up to 20, comma-separated). */
  public Balance balance(Optional<String> ccy) {
    return transport.callOne(
        OkxEndpoints.BALANCE,
        RestPayload.query(RequestParams.create().putIfPresent("ccy", ccy)),
        Balance::from);
  }

  /** Open positions of a type ({@code SWAP}); {@code instId} narrows to up to 10 instruments. */
  public List<Position> positions(String instType, Optional<String> instId) {
    return list(
        OkxEndpoints.POSITIONS,
        RequestParams.create().put("instType", instType).putIfPresent("instId", instId),
        Position::from);
  }

  public AccountConfig config() {
    return transport.callOne(
        OkxEndpoints.ACCOUNT_CONFIG,
        RestPayload.query(RequestParams.create()),
        AccountConfig::from);
  }

  /**
   * Sets {@code long_short_mode} or {@code net_mode}; OKX refuses (59000) while positions or orders
   * exist.
   *
   * @return the mode OKX reports
   */
  public String setPositionMode(String posMode) {
    return transport.callOne(
        OkxEndpoints.SET_POSITION_MODE,
        RestPayload.body(RequestParams.create().put("posMode", posMode)),
        f -> f.text("posMode"));
  }

  /**
   * Sets how isolated margin is moved for {@code type} (e.g. {@code CONTRACTS}): {@code automatic}
   * or {@code autonomy}.
   */
  public String setIsolatedMode(String isoMode, String type) {
    return transport.callOne(
        OkxEndpoints.SET_ISOLATED_MODE,
        RestPayload.body(RequestParams.create().put("isoMode", isoMode).put("type", type)),
        f -> f.text("isoMode"));
  }

  /** Sets leverage; in hedge mode with isolated margin each {@code posSide} has its own. */
  public LeverageInfo setLeverage(
      String instId, BigDecimal lever, MgnMode mgnMode, Optional<PosSide> posSide) {
    return transport.callOne(
        OkxEndpoints.SET_LEVERAGE,
        RestPayload.body(
            RequestParams.create()
                .put("instId", instId)
                .put("lever", lever)
                .put("mgnMode", mgnMode.wire())
                .putIfPresent("posSide", posSide.map(PosSide::wire))),
        LeverageInfo::from);
  }

  /** Leverage per side of up to 20 comma-separated instruments. */
  public List<LeverageInfo> leverageInfo(String instId, MgnMode mgnMode) {
    return list(
        OkxEndpoints.LEVERAGE_INFO,
        RequestParams.create().put("instId", instId).put("mgnMode", mgnMode.wire()),
        LeverageInfo::from);
  }

  /** Moves {@code amt} USDT into an isolated position. */
  public MarginBalanceResult addMargin(String instId, PosSide posSide, BigDecimal amt) {
    return marginBalance(instId, posSide, "add", amt);
  }

  /** Takes {@code amt} USDT out of an isolated position; too much is refused with 59301. */
  public MarginBalanceResult reduceMargin(String instId, PosSide posSide, BigDecimal amt) {
    return marginBalance(instId, posSide, "reduce", amt);
  }

  /** The largest order for up to 5 instruments, in contracts for SWAP. */
  public List<MaxSize> maxSize(String instId, MgnMode tdMode, Optional<BigDecimal> px) {
    return list(
        OkxEndpoints.MAX_SIZE,
        RequestParams.create()
            .put("instId", instId)
            .put("tdMode", tdMode.wire())
            .putIfPresent("px", px),
        MaxSize::from);
  }

  public List<MaxAvailSize> maxAvailSize(String instId, MgnMode tdMode) {
    return list(
        OkxEndpoints.MAX_AVAIL_SIZE,
        RequestParams.create().put("instId", instId).put("tdMode", tdMode.wire()),
        MaxAvailSize::from);
  }

  /** Fee rates of a type ({@code SWAP}); negative rates are charges. */
  public TradeFee tradeFee(String instType, Optional<String> instFamily) {
    return transport.callOne(
        OkxEndpoints.TRADE_FEE,
        RestPayload.query(
            RequestParams.create()
                .put("instType", instType)
                .putIfPresent("instFamily", instFamily)),
        TradeFee::from);
  }

  private MarginBalanceResult marginBalance(
      String instId, PosSide posSide, String type, BigDecimal amt) {
    if (amt.signum() <= 0) {
      throw new IllegalArgumentException("amt must be positive: " + amt.toPlainString());
    }
    return transport.callOne(
        OkxEndpoints.MARGIN_BALANCE,
        RestPayload.body(
            RequestParams.create()
                .put("instId", instId)
                .put("posSide", posSide.wire())
                .put("type", type)
                .put("amt", amt)),
        MarginBalanceResult::from);
  }

  private <T> List<T> list(Endpoint endpoint, RequestParams params, Function<OkxFields, T> mapper) {
    return transport.call(endpoint, RestPayload.query(params), ItemFailures.THROW, mapper);
  }
}
