package io.anchorkeeper.core.procedure;

import io.anchorkeeper.core.instrument.InstrumentSpec;
import io.anchorkeeper.core.margin.MarginCalculator;
import io.anchorkeeper.core.record.ExecutedOrder;
import io.anchorkeeper.core.value.Usdt;
import java.util.List;

/** Figures a report derives from its orders. */
final class Reports {

  private Reports() {}

  /** The sum of each order's filled contracts at its average price, in USDT. */
  static Usdt tradedNotional(InstrumentSpec spec, List<ExecutedOrder> orders) {
    Usdt total = Usdt.ZERO;
    for (ExecutedOrder order : orders) {
      var report = order.report();
      if (report.filled().isPositive()) {
        total =
            total.plus(
                MarginCalculator.notional(
                    spec, report.filled(), report.averagePrice().orElseThrow()));
      }
    }
    return total;
  }
}
