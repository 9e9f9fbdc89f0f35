package io.anchorkeeper.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DistributionTest {

  @Test
  void percentilesAreNearestRankOverTheSortedSamples() {
    List<Long> nanos = new ArrayList<>();
    for (long ms = 100; ms >= 1; ms--) {
      nanos.add(ms * 1_000_000);
    }
    Distribution d = Distribution.ofNanos(nanos);

    assertThat(d.count()).isEqualTo(100);
    assertThat(d.p50Ms()).isEqualTo(50.0);
    assertThat(d.p90Ms()).isEqualTo(90.0);
    assertThat(d.p99Ms()).isEqualTo(99.0);
    assertThat(d.maxMs()).isEqualTo(100.0);
    assertThat(d.minMs()).isEqualTo(1.0);
    assertThat(d.meanMs()).isEqualTo(50.5);
  }

  @Test
  void withFewSamplesTheHighPercentilesAreTheMaximum() {
    Distribution d = Distribution.ofNanos(List.of(3_000_000L, 1_000_000L, 2_000_000L));

    assertThat(d.p50Ms()).isEqualTo(2.0);
    assertThat(d.p99Ms()).isEqualTo(3.0);
    assertThat(d.brief()).isEqualTo("p50 2.00 ms, p99 3.00 ms, max 3.00 ms (n=3)");
  }

  @Test
  void noSamplesSaySo() {
    assertThat(Distribution.ofNanos(List.of()).brief()).isEqualTo("no samples");
  }
}
