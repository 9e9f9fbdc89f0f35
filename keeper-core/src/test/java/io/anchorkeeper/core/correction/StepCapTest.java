package io.anchorkeeper.core.correction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anchorkeeper.core.settings.AnchorSettings;
import io.anchorkeeper.core.value.Usdt;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StepCapTest {

  @Test
  void startsAtStepCapWithMinStepAsFloor() {
    StepCap cap = StepCap.initial(AnchorSettings.defaults());
    assertThat(cap.current()).isEqualTo(Usdt.of(5));
    assertThat(cap.floor()).isEqualTo(Usdt.of("0.5"));
  }

  @Test
  void halvesToWholeCentsDownToTheFloorThenGivesUp() {
    List<Usdt> caps = new ArrayList<>();
    Optional<StepCap> cap = Optional.of(StepCap.initial(AnchorSettings.defaults()));
    while (cap.isPresent()) {
      caps.add(cap.get().current());
      cap = cap.get().afterRefusal();
    }
    assertThat(caps)
        .containsExactly(
            Usdt.of(5), Usdt.of("2.5"), Usdt.of("1.25"), Usdt.of("0.62"), Usdt.of("0.5"));
  }

  @Test
  void refusesACapBelowItsFloor() {
    assertThatThrownBy(() -> new StepCap(Usdt.of("0.4"), Usdt.of("0.5")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("step cap must be at least its floor 0.5 USDT, was 0.4 USDT");
  }
}
