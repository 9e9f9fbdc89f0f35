package io.anchorkeeper.bench.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LayoutTest {

  @Test
  void slotsAreSpreadEvenlyOverTheInstruments() {
    Layout layout = new Layout(1000, 10, 50);

    List<Layout.Slot> slots = layout.slots();

    assertThat(slots).hasSize(10_000);
    assertThat(slots.stream().filter(s -> s.instId().equals("BK07-USDT-SWAP"))).hasSize(200);
    assertThat(new HashSet<>(slots)).hasSize(10_000);
  }

  @Test
  void trialSlotsAreOnePerInstrumentOnDistinctAccountsSpreadOverAllOfThem() {
    Layout layout = new Layout(1000, 10, 50);

    List<Layout.Slot> trial = layout.trialSlots();

    assertThat(trial).hasSize(50);
    assertThat(trial.stream().map(Layout.Slot::instId).distinct()).hasSize(50);
    Set<String> accounts = new HashSet<>();
    trial.forEach(s -> accounts.add(s.account()));
    assertThat(accounts).hasSize(50);
    int highest =
        trial.stream().mapToInt(s -> Integer.parseInt(s.account().substring(4))).max().orElse(0);
    assertThat(highest).isGreaterThan(900);
    assertThat(layout.slots()).containsAll(trial);
  }

  @Test
  void consecutiveTrialsFallOnDifferentAccountsInASmallLayoutToo() {
    List<Layout.Slot> trial = new Layout(50, 10, 50).trialSlots();

    for (int i = 1; i < trial.size(); i++) {
      assertThat(trial.get(i).account()).isNotEqualTo(trial.get(i - 1).account());
    }
  }

  @Test
  void anAccountHoldsAtMostOneLongSlotPerInstrument() {
    assertThatThrownBy(() -> new Layout(10, 11, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("slots per account (11) must not exceed instruments (10)");
  }
}
