package io.anchorkeeper.core.port;

import io.anchorkeeper.core.value.Leverage;
import java.util.Objects;
import java.util.Optional;

/**
 * The exchange's answer to a margin change.
 *
 * @param change what was applied
 * @param effectiveLeverage the position's leverage after the change, when the exchange says
 */
public record MarginChangeReport(MarginChange change, Optional<Leverage> effectiveLeverage) {

  public MarginChangeReport {
    Objects.requireNonNull(change, "change must not be null");
    Objects.requireNonNull(effectiveLeverage, "effectiveLeverage must not be null");
  }
}
