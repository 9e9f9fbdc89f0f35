package io.anchorkeeper.okx.emulator.engine;

import java.util.concurrent.atomic.AtomicLong;

/** Sequential OKX-looking ids; the same sequence of operations gives the same ids. */
final class Ids {

  private final AtomicLong ord = new AtomicLong(2_900_000_000_000_000_000L);
  private final AtomicLong trade = new AtomicLong(1_500_000_000L);
  private final AtomicLong bill = new AtomicLong(3_100_000_000_000_000_000L);
  private final AtomicLong pos = new AtomicLong(3_080_000_000_000_000_000L);
  private final AtomicLong trans = new AtomicLong(248_000_000L);
  private final AtomicLong uid = new AtomicLong(446_000_000_000_000_000L);

  String ordId() {
    return Long.toString(ord.incrementAndGet());
  }

  String tradeId() {
    return Long.toString(trade.incrementAndGet());
  }

  String billId() {
    return Long.toString(bill.incrementAndGet());
  }

  String posId() {
    return Long.toString(pos.incrementAndGet());
  }

  String transId() {
    return Long.toString(trans.incrementAndGet());
  }

  String uid() {
    return Long.toString(uid.incrementAndGet());
  }
}
