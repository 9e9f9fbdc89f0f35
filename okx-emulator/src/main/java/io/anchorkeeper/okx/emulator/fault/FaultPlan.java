package io.anchorkeeper.okx.emulator.fault;

import java.util.List;

/** A named, seeded list of fault rules; the seed drives each rule's probability draws. */
public record FaultPlan(String id, long seed, List<FaultRule> rules) {

  public FaultPlan {
    rules = List.copyOf(rules);
  }

  public static FaultPlan of(String id, FaultRule... rules) {
    return new FaultPlan(id, 0L, List.of(rules));
  }
}
