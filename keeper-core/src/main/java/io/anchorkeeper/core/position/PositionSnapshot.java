package io.anchorkeeper.core.position;

import io.anchorkeeper.core.instrument.InstrumentId;
import io.anchorkeeper.core.instrument.InstrumentSpec;
import io.anchorkeeper.core.margin.PnlCalculator;
import io.anchorkeeper.core.slot.PositionSide;
import io.anchorkeeper.core.slot.SlotId;
import io.anchorkeeper.core.value.Contracts;
import io.anchorkeeper.core.value.Leverage;
import io.anchorkeeper.core.value.Price;
import io.anchorkeeper.core.value.Ratio;
import io.anchorkeeper.core.value.Usdt;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An open isolated position as the exchange reported it at one moment. The exchange's numbers are
 * authoritative; the core's calculators estimate the same quantities and can be checked against
 * them. A row with zero size means "no position": the adapter drops it rather than building a
 * snapshot.
 *
 * @param slot the account, instrument and side holding the position
 * @param size contracts held, strictly positive (OKX {@code pos})
 * @param averagePrice average entry price (OKX {@code avgPx})
 * @param markPrice mark price when the snapshot was taken (OKX {@code markPx})
 * @param margin the isolated margin balance in USDT (OKX {@code margin})
 * @param maintenanceMargin the maintenance margin requirement in USDT (OKX {@code mmr})
 * @param unrealisedPnl PnL at mark in USDT, positive is profit (OKX {@code upl})
 * @param profitRate unrealised PnL over initial margin (OKX {@code uplRatio})
 * @param leverage the side's leverage setting (OKX {@code lever})
 * @param liquidationPrice the exchange's estimate, absent when it gave none (OKX {@code liqPx})
 * @param marginRatio margin ratio, liquidation at 1 or below; absent when empty (OKX {@code
 *     mgnRatio})
 * @param realisedPnl realised PnL including fees and funding (OKX {@code realizedPnl})
 * @param fee accumulated fee, negative when charged, as OKX signs it (OKX {@code fee})
 * @param openedAt when the position was created (OKX {@code cTime})
 * @param updatedAt when it last changed (OKX {@code uTime})
 */
public record PositionSnapshot(
    SlotId slot,
    Contracts size,
    Price averagePrice,
    Price markPrice,
    Usdt margin,
    Usdt maintenanceMargin,
    Usdt unrealisedPnl,
    Ratio profitRate,
    Leverage leverage,
    Optional<Price> liquidationPrice,
    Optional<Ratio> marginRatio,
    Usdt realisedPnl,
    Usdt fee,
    Instant openedAt,
    Instant updatedAt) {

  public PositionSnapshot {
    Objects.requireNonNull(slot, "slot must not be null");
    Objects.requireNonNull(size, "size must not be null");
    Objects.requireNonNull(averagePrice, "averagePrice must not be null");
    Objects.requireNonNull(markPrice, "markPrice must not be null");
    Objects.requireNonNull(margin, "margin must not be null");
    Objects.requireNonNull(maintenanceMargin, "maintenanceMargin must not be null");
    Objects.requireNonNull(unrealisedPnl, "unrealisedPnl must not be null");
    Objects.requireNonNull(profitRate, "profitRate must not be null");
    Objects.requireNonNull(leverage, "leverage must not be null");
    Objects.requireNonNull(liquidationPrice, "liquidationPrice must not be null");
    Objects.requireNonNull(marginRatio, "marginRatio must not be null");
    Objects.requireNonNull(realisedPnl, "realisedPnl must not be null");
    Objects.requireNonNull(fee, "fee must not be null");
    Objects.requireNonNull(openedAt, "openedAt must not be null");
    Objects.requireNonNull(updatedAt, "updatedAt must not be null");
    if (!size.isPositive()) {
      throw new IllegalArgumentException(
          slot + " position size must be positive, was " + size + "; zero means no position");
    }
    if (margin.isNegative()) {
      throw new IllegalArgumentException(slot + " margin must not be negative, was " + margin);
    }
    if (maintenanceMargin.isNegative()) {
      throw new IllegalArgumentException(
          slot + " maintenance margin must not be negative, was " + maintenanceMargin);
    }
  }

  public PositionSide side() {
    return slot.side();
  }

  public InstrumentId instrument() {
    return slot.instrument();
  }

  /**
   * The same position re-priced at a newer {@code mark}: mark price, unrealised PnL and profit rate
   * recomputed as OKX computes them; margin, sizes and the exchange's other derived fields (such as
   * the liquidation price, which depends on the margin, not the mark) are left as they were. Used
   * to show a position at the latest pushed mark between the exchange's position pushes.
   */
  public PositionSnapshot atMark(InstrumentSpec spec, Price mark) {
    if (!spec.instId().equals(instrument())) {
      throw new IllegalArgumentException(
          "the spec of " + spec.instId() + " cannot price a position in " + instrument());
    }
    Usdt upl = PnlCalculator.unrealisedPnl(spec, side(), size, averagePrice, mark);
    return new PositionSnapshot(
        slot,
        size,
        averagePrice,
        mark,
        margin,
        maintenanceMargin,
        upl,
        PnlCalculator.profitRate(spec, side(), size, averagePrice, mark, leverage),
        leverage,
        liquidationPrice,
        marginRatio,
        realisedPnl,
        fee,
        openedAt,
        updatedAt);
  }

  /**
   * The same position with another isolated margin balance, as after a margin adjustment; the
   * exchange's derived fields (liquidation price, margin ratio) are left as they were.
   */
  public PositionSnapshot withMargin(Usdt newMargin) {
    return new PositionSnapshot(
        slot,
        size,
        averagePrice,
        markPrice,
        newMargin,
        maintenanceMargin,
        unrealisedPnl,
        profitRate,
        leverage,
        liquidationPrice,
        marginRatio,
        realisedPnl,
        fee,
        openedAt,
        updatedAt);
  }
}
