package io.anchorkeeper.core.position;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anchorkeeper.core.fixtures.Instruments;
import io.anchorkeeper.core.fixtures.Positions;
import io.anchorkeeper.core.slot.PositionSide;
import io.anchorkeeper.core.value.Price;
import io.anchorkeeper.core.value.Ratio;
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

  @Test
  void atMarkRepricesPnlAndRateAndKeepsTheRest() {
    // 0.33 ETH contracts (0.1 ETH each) long from 3000 at 10x: initial margin 9.9 U.
    PositionSnapshot position =
        Positions.of(Instruments.ETH, "sub01", "long")
            .size("0.33")
            .entry("3000")
            .mark("3000")
            .leverage(10)
            .margin("9.9")
            .build();

    PositionSnapshot repriced = position.atMark(Instruments.ETH, Price.of("2700"));

    assertThat(repriced.markPrice()).isEqualTo(Price.of("2700"));
    assertThat(repriced.unrealisedPnl()).isEqualTo(Usdt.of("-9.9"));
    assertThat(repriced.profitRate()).isEqualTo(Ratio.ofPercent("-100"));
    assertThat(repriced.margin()).isEqualTo(position.margin());
    assertThat(repriced.size()).isEqualTo(position.size());
    assertThat(repriced.updatedAt()).isEqualTo(position.updatedAt());
  }

  @Test
  void atMarkRefusesAnotherInstrumentsSpec() {
    PositionSnapshot position = Positions.of(Instruments.ETH, "sub01", "long").build();

    assertThatThrownBy(() -> position.atMark(Instruments.BTC, Price.of("100000")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot price a position in ETH-USDT-SWAP");
  }
}
