package io.anchorkeeper.okx.client.ws.push;

import io.anchorkeeper.okx.client.json.OkxFields;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One item of a {@code balance_and_position} push: what changed ({@code eventType}: {@code
 * snapshot}, {@code filled}, {@code transferred}, {@code adjust_margin}, {@code funding_fee},
 * {@code liquidation}...) with the affected balances and positions.
 */
public record BalanceAndPosition(
    Optional<Instant> pTime,
    String eventType,
    List<Bal> balData,
    List<Pos> posData,
    List<Trade> trades) {

  public BalanceAndPosition {
    balData = List.copyOf(balData);
    posData = List.copyOf(posData);
    trades = List.copyOf(trades);
  }

  public static BalanceAndPosition from(OkxFields f) {
    return new BalanceAndPosition(
        f.millis("pTime"),
        f.text("eventType"),
        f.list("balData", Bal::from),
        f.list("posData", Pos::from),
        f.list("trades", Trade::from));
  }

  /** A changed balance. */
  public record Bal(String ccy, Optional<BigDecimal> cashBal, Optional<Instant> uTime) {
    static Bal from(OkxFields f) {
      return new Bal(f.text("ccy"), f.decimal("cashBal"), f.millis("uTime"));
    }
  }

  /** A changed position. */
  public record Pos(
      String posId,
      String tradeId,
      String instId,
      String instType,
      String mgnMode,
      String posSide,
      Optional<BigDecimal> pos,
      String ccy,
      Optional<BigDecimal> avgPx,
      Optional<Instant> uTime) {
    static Pos from(OkxFields f) {
      return new Pos(
          f.text("posId"),
          f.text("tradeId"),
          f.text("instId"),
          f.text("instType"),
          f.text("mgnMode"),
          f.text("posSide"),
          f.decimal("pos"),
          f.text("ccy"),
          f.decimal("avgPx"),
          f.millis("uTime"));
    }
  }

  /** A trade that caused the change. */
  public record Trade(String instId, String tradeId) {
    static Trade from(OkxFields f) {
      return new Trade(f.text("instId"), f.text("tradeId"));
    }
  }
}
