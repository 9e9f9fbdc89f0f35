package io.anchorkeeper.app.okx;

import static org.assertj.core.api.Assertions.assertThat;

import io.anchorkeeper.core.instrument.InstrumentId;
import io.anchorkeeper.core.value.Price;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class PushedMarksTest {

  private final AtomicLong now = new AtomicLong(1_000_000_000L);
  private final PushedMarks marks = new PushedMarks(Duration.ofSeconds(3), now::get);
  private final InstrumentId btc = InstrumentId.of("BTC-USDT-SWAP");

  @Test
  void answersTheLatestMarkWhileItIsFresh() {
    marks.pushed(btc, Price.of("100000"));
    now.addAndGet(Duration.ofSeconds(1).toNanos());
    marks.pushed(btc, Price.of("100100"));
    now.addAndGet(Duration.ofSeconds(3).toNanos());

    assertThat(marks.fresh(btc)).contains(Price.of("100100"));
  }

  @Test
  void aMarkOlderThanTheLimitIsNotAnswered() {
    marks.pushed(btc, Price.of("100000"));
    now.addAndGet(Duration.ofSeconds(3).toNanos() + 1);

    assertThat(marks.fresh(btc)).isEmpty();
  }

  @Test
  void anInstrumentNeverPushedIsNotAnswered() {
    assertThat(marks.fresh(InstrumentId.of("ETH-USDT-SWAP"))).isEmpty();
  }
}
