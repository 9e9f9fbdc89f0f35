package io.anchorkeeper.core.instrument;

import io.anchorkeeper.core.value.Contracts;
import io.anchorkeeper.core.value.Ratio;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An instrument's position tiers in ascending order. May be empty when no tier data is known; the
 * caller then falls back to a configured maintenance rate.
 *
 * <p>The tiers must be contiguous: the first starts at 0 contracts and each next tier starts at or
 * above the previous tier's {@code maxSz}.
 */
public record MarginTiers(List<MarginTier> tiers) {

  private static final MarginTiers EMPTY = new MarginTiers(List.of());

  public MarginTiers {
    tiers = List.copyOf(Objects.requireNonNull(tiers, "tiers must not be null"));
    if (!tiers.isEmpty() && !tiers.get(0).minSz().isZero()) {
      throw new IllegalArgumentException(
          "the first tier must start at minSz 0, was " + tiers.get(0).minSz());
    }
    for (int i = 1; i < tiers.size(); i++) {
      MarginTier previous = tiers.get(i - 1);
      MarginTier next = tiers.get(i);
      if (next.tier() <= previous.tier()) {
        throw new IllegalArgumentException(
            "tiers must be in ascending order, tier "
                + next.tier()
                + " follows "
                + previous.tier());
      }
      if (next.minSz().isLessThan(previous.maxSz())) {
        throw new IllegalArgumentException(
            "tier "
                + next.tier()
                + " minSz must be at least the previous maxSz "
                + previous.maxSz()
                + ", was "
                + next.minSz());
      }
    }
  }

  public static MarginTiers of(MarginTier... tiers) {
    return new MarginTiers(List.of(tiers));
  }

  public static MarginTiers empty() {
    return EMPTY;
  }

  public boolean isEmpty() {
    return tiers.isEmpty();
  }

  /**
   * The tier for a position of {@code size} contracts: the tier with {@code minSz < size <= maxSz},
   * the first tier including 0. A size that falls between two tiers (possible only for a size that
   * is not a lot multiple) gets the higher tier, whose rates are the more conservative. Empty when
   * the size is beyond the last tier or no tiers are known.
   */
  public Optional<MarginTier> tierFor(Contracts size) {
    Objects.requireNonNull(size, "size must not be null");
    return tiers.stream().filter(t -> !size.isGreaterThan(t.maxSz())).findFirst();
  }

  /** The maintenance margin rate for a position of {@code size} contracts, when known. */
  public Optional<Ratio> maintenanceRate(Contracts size) {
    return tierFor(size).map(MarginTier::mmr);
  }
}
