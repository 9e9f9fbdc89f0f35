package io.anchorkeeper.okx.client.rest.model;

import io.anchorkeeper.okx.client.rest.RequestParams;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A new order for {@code POST /api/v5/trade/order} or an item of {@code batch-orders}. {@code sz}
 * counts contracts and is sent as given: round it to {@code lotSz} before. {@code clOrdId} is 1 to
 * 32 letters or digits and should be unique per order, so an unknown outcome can be reconciled.
 *
 * @param reduceOnly honoured by OKX in net mode only
 */
public record OrderRequest(
    String instId,
    MgnMode tdMode,
    Side side,
    Optional<PosSide> posSide,
    OrdType ordType,
    BigDecimal sz,
    Optional<BigDecimal> px,
    Optional<String> clOrdId,
    Optional<String> tag,
    Optional<Boolean> reduceOnly) {

  public OrderRequest {
    Objects.requireNonNull(instId);
    Objects.requireNonNull(tdMode);
    Objects.requireNonNull(side);
    Objects.requireNonNull(ordType);
    if (sz.signum() <= 0) {
      throw new IllegalArgumentException("sz must be positive: " + sz.toPlainString());
    }
    boolean market = ordType == OrdType.MARKET || ordType == OrdType.OPTIMAL_LIMIT_IOC;
    if (market == px.isPresent()) {
      throw new IllegalArgumentException(
          ordType.wire() + (market ? " orders take no px" : " orders need a px"));
    }
    clOrdId.ifPresent(id -> ClientIds.require("clOrdId", id, 32));
    tag.ifPresent(t -> ClientIds.require("tag", t, 16));
  }

  /** A market order in hedge mode. */
  public static OrderRequest market(
      String instId, MgnMode tdMode, Side side, PosSide posSide, BigDecimal sz, String clOrdId) {
    return new OrderRequest(
        instId,
        tdMode,
        side,
        Optional.of(posSide),
        OrdType.MARKET,
        sz,
        Optional.empty(),
        Optional.of(clOrdId),
        Optional.empty(),
        Optional.empty());
  }

  /** A limit-type order ({@code limit}, {@code post_only}, {@code fok}, {@code ioc}). */
  public static OrderRequest limit(
      String instId,
      MgnMode tdMode,
      Side side,
      PosSide posSide,
      OrdType ordType,
      BigDecimal sz,
      BigDecimal px,
      String clOrdId) {
    return new OrderRequest(
        instId,
        tdMode,
        side,
        Optional.of(posSide),
        ordType,
        sz,
        Optional.of(px),
        Optional.of(clOrdId),
        Optional.empty(),
        Optional.empty());
  }

  public OrderRequest withTag(String newTag) {
    return new OrderRequest(
        instId, tdMode, side, posSide, ordType, sz, px, clOrdId, Optional.of(newTag), reduceOnly);
  }

  public OrderRequest withReduceOnly(boolean value) {
    return new OrderRequest(
        instId, tdMode, side, posSide, ordType, sz, px, clOrdId, tag, Optional.of(value));
  }

  /** The parameters in OKX's field names. */
  public RequestParams toParams() {
    return RequestParams.create()
        .put("instId", instId)
        .put("tdMode", tdMode.wire())
        .put("side", side.wire())
        .putIfPresent("posSide", posSide.map(PosSide::wire))
        .put("ordType", ordType.wire())
        .put("sz", sz)
        .putIfPresent("px", px)
        .putIfPresent("clOrdId", clOrdId)
        .putIfPresent("tag", tag)
        .putIfPresent("reduceOnly", reduceOnly);
  }
}
