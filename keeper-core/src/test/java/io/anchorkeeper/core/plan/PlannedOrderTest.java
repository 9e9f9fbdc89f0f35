package io.anchorkeeper.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anchorkeeper.core.value.Contracts;
import org.junit.jupiter.api.Test;

class PlannedOrderTest {

  @Test
  void eachPurposeOpensOrClosesTheSlotsSide() {
    assertThat(new PlannedOrder(1, OrderPurpose.CLOSE_OLD, Contracts.of(1)).opensPosition())
        .isFalse();
    assertThat(new PlannedOrder(2, OrderPurpose.OPEN, Contracts.of(1)).opensPosition()).isTrue();
    assertThat(new PlannedOrder(3, OrderPurpose.TRIM, Contracts.of(1)).direction())
        .isEqualTo(OrderDirection.CLOSE);
    assertThat(new PlannedOrder(1, OrderPurpose.AUTO_OPEN, Contracts.of(1)).opensPosition())
        .isTrue();
    assertThat(new PlannedOrder(1, OrderPurpose.TAKE_PROFIT, Contracts.of(1)).opensPosition())
        .isFalse();
  }

  @Test
  void refusesAnEmptyOrderOrAStepBelowOne() {
    assertThatThrownBy(() -> new PlannedOrder(3, OrderPurpose.TRIM, Contracts.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("step 3 TRIM size must be positive, was 0");
    assertThatThrownBy(() -> new PlannedOrder(0, OrderPurpose.OPEN, Contracts.of(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("step must be at least 1, was 0");
  }

  @Test
  void anOutcomeEitherHoldsAValueOrARefusalWithAReason() {
    Outcome<Integer> ok = Outcome.ok(2);
    assertThat(ok.map(v -> v * 2).orElseThrow()).isEqualTo(4);
    assertThat(ok.flatMap(v -> Outcome.<Integer>refused("too small")).refusal())
        .contains("too small");
    Outcome<Integer> refused = Outcome.refused("below minSz 0.1");
    assertThat(refused.map(v -> v * 2).refusal()).contains("below minSz 0.1");
    assertThatThrownBy(refused::orElseThrow)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("below minSz 0.1");
    assertThatThrownBy(() -> Outcome.refused(" ")).hasMessage("a refusal needs a reason");
  }
}
