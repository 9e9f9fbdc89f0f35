package io.anchorkeeper.app.okx;

import io.anchorkeeper.core.instrument.InstrumentId;
import io.anchorkeeper.core.instrument.InstrumentSpec;
import io.anchorkeeper.core.instrument.MarginTier;
import io.anchorkeeper.core.instrument.MarginTiers;
import io.anchorkeeper.core.value.Contracts;
import io.anchorkeeper.core.value.Leverage;
import io.anchorkeeper.core.value.Ratio;
import io.anchorkeeper.okx.client.rest.model.Instrument;
import io.anchorkeeper.okx.client.rest.model.PositionTier;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Maps OKX's {@code public/instruments} items and {@code position-tiers} to core specs. */
final class InstrumentSpecs {

  private static final Logger LOG = LoggerFactory.getLogger(InstrumentSpecs.class);

  private InstrumentSpecs() {}

  /**
   * The spec of a swap, without tiers; empty for an item that is not a swap the keeper can name (an
   * id of another shape).
   *
   * @throws IllegalArgumentException when a swap lacks a size or value field
   */
  static Optional<InstrumentSpec> spec(Instrument item) {
    Optional<InstrumentId> id = InstrumentIds.parse(item.instId());
    if (id.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new InstrumentSpec(
            id.get(),
            required(item.ctVal(), id.get(), "ctVal"),
            item.ctMult().orElse(BigDecimal.ONE),
            required(item.lotSz(), id.get(), "lotSz"),
            Contracts.of(required(item.minSz(), id.get(), "minSz")),
            required(item.tickSz(), id.get(), "tickSz"),
            Contracts.of(required(item.maxMktSz(), id.get(), "maxMktSz")),
            Leverage.of(required(item.lever(), id.get(), "lever")),
            MarginTiers.empty()));
  }

  /**
   * An instrument family's isolated tiers in ascending order; empty when OKX's table breaks the
   * core's rules (the core then uses its fallback maintenance rate), which is logged.
   */
  static MarginTiers tiers(String family, List<PositionTier> items) {
    try {
      return new MarginTiers(
          items.stream()
              .map(InstrumentSpecs::tier)
              .sorted(Comparator.comparingInt(MarginTier::tier))
              .toList());
    } catch (IllegalArgumentException e) {
      LOG.warn("Ignoring the position tiers of {}: {}", family, e.getMessage());
      return MarginTiers.empty();
    }
  }

  private static MarginTier tier(PositionTier item) {
    return new MarginTier(
        Integer.parseInt(item.tier()),
        Contracts.of(required(item.minSz(), item.instFamily(), "tier minSz")),
        Contracts.of(required(item.maxSz(), item.instFamily(), "tier maxSz")),
        Ratio.of(required(item.mmr(), item.instFamily(), "tier mmr")),
        Ratio.of(required(item.imr(), item.instFamily(), "tier imr")),
        Leverage.of(required(item.maxLever(), item.instFamily(), "tier maxLever")));
  }

  private static BigDecimal required(Optional<BigDecimal> value, Object owner, String field) {
    return value.orElseThrow(
        () -> new IllegalArgumentException(owner + " has no " + field + " in OKX's answer"));
  }
}
