package io.anchorkeeper.app.okx;

import io.anchorkeeper.core.id.ClientOrderId;
import io.anchorkeeper.core.instrument.InstrumentId;
import io.anchorkeeper.core.instrument.InstrumentSpec;
import io.anchorkeeper.core.instrument.MarginTier;
import io.anchorkeeper.core.instrument.MarginTiers;
import io.anchorkeeper.core.port.OrderReport;
import io.anchorkeeper.core.position.PositionSnapshot;
import io.anchorkeeper.core.slot.AccountName;
import io.anchorkeeper.core.slot.PositionSide;
import io.anchorkeeper.core.slot.SlotId;
import io.anchorkeeper.core.value.Contracts;
import io.anchorkeeper.core.value.Leverage;
import io.anchorkeeper.core.value.Price;
import io.anchorkeeper.core.value.Ratio;
import io.anchorkeeper.core.value.Usdt;
import io.anchorkeeper.okx.emulator.engine.OrderSnapshot;
import io.anchorkeeper.okx.emulator.engine.PosSide;
import io.anchorkeeper.okx.emulator.instrument.Instrument;
import io.anchorkeeper.okx.emulator.instrument.Tier;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * Maps the emulator engine's own records (not OKX's JSON) to core types, with the same rules as the
 * HTTP adapter: isolated hedge rows with a size only, fees positive for a cost, OKX's states.
 */
final class EngineSnapshots {

  private EngineSnapshots() {}

  static InstrumentSpec spec(Instrument item) {
    return new InstrumentSpec(
        InstrumentId.of(item.instId()),
        item.ctVal(),
        item.ctMult(),
        item.lotSz(),
        Contracts.of(item.minSz()),
        item.tickSz(),
        Contracts.of(item.maxMktSz()),
        Leverage.of(item.maxLever()),
        new MarginTiers(item.tiers().stream().map(EngineSnapshots::tier).toList()));
  }

  static PosSide posSide(PositionSide side) {
    return side == PositionSide.LONG ? PosSide.LONG : PosSide.SHORT;
  }

  static Optional<PositionSnapshot> position(
      AccountName account, io.anchorkeeper.okx.emulator.engine.PositionSnapshot p) {
    if (p.posSide() == PosSide.NET || p.size().signum() <= 0) {
      return Optional.empty();
    }
    SlotId slot =
        new SlotId(
            account,
            InstrumentId.of(p.instId()),
            p.posSide() == PosSide.LONG ? PositionSide.LONG : PositionSide.SHORT);
    return Optional.of(
        new PositionSnapshot(
            slot,
            Contracts.of(p.size()),
            Price.of(p.avgPx()),
            Price.of(p.markPx()),
            Usdt.of(p.margin()),
            Usdt.of(p.mmr()),
            Usdt.of(p.upl()),
            Ratio.of(p.uplRatio()),
            Leverage.of(p.lever()),
            Optional.ofNullable(p.liqPx()).filter(px -> px.signum() > 0).map(Price::of),
            Optional.ofNullable(p.mgnRatio()).map(Ratio::of),
            Usdt.of(p.realizedPnl()),
            Usdt.of(p.fee()),
            Instant.ofEpochMilli(p.cTime()),
            Instant.ofEpochMilli(p.uTime())));
  }

  static OrderReport report(ClientOrderId id, OrderSnapshot o, int fillCount) {
    Contracts filled = Contracts.of(o.accFillSz());
    return new OrderReport(
        id,
        o.ordId(),
        OrderReports.state(o.state().wire()),
        Contracts.of(o.sz()),
        filled,
        filled.isPositive()
            ? Optional.ofNullable(o.avgPx()).filter(px -> px.signum() > 0).map(Price::of)
            : Optional.empty(),
        fillCount,
        Usdt.of(orZero(o.fee()).negate()),
        Usdt.of(orZero(o.pnl())));
  }

  private static MarginTier tier(Tier t) {
    return new MarginTier(
        t.tier(),
        Contracts.of(t.minSz()),
        Contracts.of(t.maxSz()),
        Ratio.of(t.mmr()),
        Ratio.of(t.imr()),
        Leverage.of(t.maxLever()));
  }

  private static BigDecimal orZero(BigDecimal value) {
    return value == null ? BigDecimal.ZERO : value;
  }
}
