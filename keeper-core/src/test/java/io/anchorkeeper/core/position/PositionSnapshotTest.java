package io.anchorkeeper.core.position;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anchorkeeper.core.fixtures.Instruments;
import io.anchorkeeper.core.fixtures.Positions;
import io.anchorkeeper.core.slot.PositionSide;
import io.anchorkeeper.core.value.Usdt;
import org.junit.jupiter.api.Test;

class PositionSnapshotTest {

  @Test
  void aZeroSizeIsNoPositionAndIsRefused() {
    assertThatThrownBy(() -> Positions.of(Instruments.CRO, "Wu666666", "long").size("0").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Wu666666/CRO-USDT-SWAP/long position size must be positive, was 0; zero means no"
                + " position");
  }

  @Test
  void aNegativeMarginIsRefused() {
    assertThatThrownBy(() -> Positions.of(Instruments.CRO, "Wu666666", "long").margin("-1").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Wu666666/CRO-USDT-SWAP/long margin must not be negative, was -1 USDT");
  }

  @Test
  void withMarginChangesOnlyTheMargin() {
    PositionSnapshot position =
        Positions.of(Instruments.CRO, "Wu666666", "short").size("108").build();
    PositionSnapshot adjusted = position.withMargin(Usdt.of("15.29"));
    assertThat(adjusted.margin()).isEqualTo(Usdt.of("15.29"));
    assertThat(adjusted.withMargin(position.margin())).isEqualTo(position);
    assertThat(adjusted.side()).isEqualTo(PositionSide.SHORT);
  }
}
