package io.anchorkeeper.bench.scenario;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

/**
 * Opens the layout's positions before the keeper starts, each inside the default margin band
 * (9.5–10.5 U at 10x): ordinary slots 10 contracts at {@link BenchExchange#START_PRICE} (10 U),
 * trial slots 9 contracts at {@link #TRIAL_ENTRY} (9.9 U), so that a trial slot can be taken past
 * its trigger many times before its instrument's price comes near the ordinary slots' first alert
 * tier (-5% at 9.95). At the start price of 11 the ordinary slots are at +100%, which is why the
 * bench sets take-profit to 150% ({@link KeeperSetup}).
 */
public final class Seeding {

  /** Where trial slots are opened, and every instrument's price when the keeper starts. */
  public static final BigDecimal TRIAL_ENTRY = new BigDecimal("11");

  /** Below this a trial price would bring the ordinary slots near their -5% alert (9.95). */
  public static final BigDecimal LOWEST_TRIAL_PRICE = new BigDecimal("9.97");

  private Seeding() {}

  public static void trialSlotsAt(
      BenchExchange exchange, Collection<Layout.Slot> trial, BigDecimal price) {
    trial.forEach(s -> exchange.setMark(s.instId(), price));
    trial.forEach(s -> exchange.openLong(s, new BigDecimal("9")));
  }

  /**
   * Opens every slot: the ordinary ones at the start price first, then the trial slots at {@link
   * #TRIAL_ENTRY} (the other way round, the fall from 11 to 10 would liquidate the trial slots).
   */
  public static void all(BenchExchange exchange, List<Layout.Slot> trial) {
    Layout layout = exchange.layout();
    layout.instIds().forEach(i -> exchange.setMark(i, BenchExchange.START_PRICE));
    for (Layout.Slot slot : layout.slots()) {
      if (!trial.contains(slot)) {
        exchange.openLong(slot, BigDecimal.TEN);
      }
    }
    layout.instIds().forEach(i -> exchange.setMark(i, TRIAL_ENTRY));
    trialSlotsAt(exchange, trial, TRIAL_ENTRY);
  }
}
