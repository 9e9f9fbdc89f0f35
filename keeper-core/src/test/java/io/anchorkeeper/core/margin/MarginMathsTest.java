package io.anchorkeeper.core.margin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anchorkeeper.core.fixtures.Instruments;
import io.anchorkeeper.core.slot.PositionSide;
import io.anchorkeeper.core.value.Contracts;
import io.anchorkeeper.core.value.Leverage;
import io.anchorkeeper.core.value.Price;
import io.anchorkeeper.core.value.Ratio;
import io.anchorkeeper.core.value.Usdt;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/** Hand-computed values for longs and shorts on BTC, AAVE and CRO. */
class MarginMathsTest {

  private static final Ratio TAKER = Ratio.of("0.0005");

  private static BigDecimal liq(
      PositionSide side, String size, String entry, String margin, String mmr) {
    return LiquidationPriceCalculator.estimate(
            Instruments.BTC,
            side,
            Contracts.of(size),
            Price.of(entry),
            Usdt.of(margin),
            Ratio.of(mmr),
            TAKER)
        .orElseThrow()
        .value()
        .setScale(8, RoundingMode.HALF_UP);
  }

  @Test
  void notionalIsContractValueTimesSizeTimesPrice() {
    // 108 contracts x 10 CRO x 0.0953 = 102.924
    assertThat(MarginCalculator.notional(Instruments.CRO, Contracts.of(108), Price.of("0.0953")))
        .isEqualTo(Usdt.of("102.924"));
  }

  @Test
  void btcLongLiquidationPriceMatchesTheHandComputedValue() {
    // 0.5 contracts at 60000, 10x: margin 0.01 * 0.5 * 60000 / 10 = 30
    // (60000 - 30 / 0.005) / (1 - 0.004 - 0.0005) = 54000 / 0.9955 = 54244.09844299...
    assertThat(liq(PositionSide.LONG, "0.5", "60000", "30", "0.004"))
        .isEqualByComparingTo("54244.09844299");
  }

  @Test
  void btcShortLiquidationPriceMatchesTheHandComputedValue() {
    // (60000 + 30 / 0.005) / (1 + 0.004 + 0.0005) = 66000 / 1.0045 = 65704.33051269...
    assertThat(liq(PositionSide.SHORT, "0.5", "60000", "30", "0.004"))
        .isEqualByComparingTo("65704.33051269");
  }

  @Test
  void addedMarginMovesTheLongLiquidationPriceDown() {
    // margin 45: (60000 - 45 / 0.005) / 0.9955 = 51000 / 0.9955 = 51230.53741838...
    assertThat(liq(PositionSide.LONG, "0.5", "60000", "45", "0.004"))
        .isEqualByComparingTo("51230.53741838");
  }

  @Test
  void aaveLiquidationPricesUseTheTierRate() {
    Contracts size = Contracts.of("2.3");
    Price entry = Price.of("281.45");
    Usdt margin = MarginCalculator.initialMargin(Instruments.AAVE, size, entry, Leverage.of(10));
    Ratio mmr = MarginCalculator.maintenanceRate(Instruments.AAVE, size, Ratio.of("0.004"));
    assertThat(margin).isEqualTo(Usdt.of("6.47335"));
    assertThat(mmr).isEqualTo(Ratio.of("0.01"));
    // long: (281.45 - 28.145) / 0.9895 = 255.99292572...; short: 309.595 / 1.0105 = 306.37803067...
    assertThat(
            LiquidationPriceCalculator.estimate(
                    Instruments.AAVE, PositionSide.LONG, size, entry, margin, mmr, TAKER)
                .orElseThrow()
                .value()
                .setScale(8, RoundingMode.HALF_UP))
        .isEqualByComparingTo("255.99292572");
    assertThat(
            LiquidationPriceCalculator.estimate(
                    Instruments.AAVE, PositionSide.SHORT, size, entry, margin, mmr, TAKER)
                .orElseThrow()
                .value()
                .setScale(8, RoundingMode.HALF_UP))
        .isEqualByComparingTo("306.37803068");
  }

  @Test
  void aLongWithMoreMarginThanNotionalHasNoLiquidationPrice() {
    assertThat(
            LiquidationPriceCalculator.estimate(
                Instruments.BTC,
                PositionSide.LONG,
                Contracts.of("0.5"),
                Price.of("60000"),
                Usdt.of("300"),
                Ratio.of("0.004"),
                TAKER))
        .isEmpty();
  }

  @Test
  void unrealisedPnlIsPositiveForALongWhenThePriceRisesAndForAShortWhenItFalls() {
    Contracts size = Contracts.of(108);
    Price entry = Price.of("0.09428");
    Price higher = Price.of("0.0953");
    // 108 * 10 * (0.0953 - 0.09428) = 1.1016
    assertThat(PnlCalculator.unrealisedPnl(Instruments.CRO, PositionSide.LONG, size, entry, higher))
        .isEqualTo(Usdt.of("1.1016"));
    assertThat(
            PnlCalculator.unrealisedPnl(Instruments.CRO, PositionSide.SHORT, size, entry, higher))
        .isEqualTo(Usdt.of("-1.1016"));
  }

  @Test
  void profitRateOfTheSeedsCroPositionIsAboutTenPercent() {
    // 1.1016 / (108 * 10 * 0.09428 / 10 = 10.18224) = 10.82%; seed 002 shows +10.78%
    Ratio rate =
        PnlCalculator.profitRate(
            Instruments.CRO,
            PositionSide.LONG,
            Contracts.of(108),
            Price.of("0.09428"),
            Price.of("0.0953"),
            Leverage.of(10));
    assertThat(rate.percent(2)).isEqualByComparingTo("10.82");
  }

  @Test
  void maintenanceRateFallsBackWithoutTierData() {
    assertThat(
            MarginCalculator.maintenanceRate(Instruments.CRO, Contracts.of(108), Ratio.of("0.004")))
        .isEqualTo(Ratio.of("0.004"));
    assertThat(
            MarginCalculator.maintenanceRate(
                Instruments.BTC, Contracts.of(2000), Ratio.of("0.004")))
        .isEqualTo(Ratio.of("0.005"));
  }

  @Test
  void shortFeeIsAPositiveCostAndARebateIsNegative() {
    // 3 contracts x 0.01 BTC x 97345.6 x 0.0005 = 1.460184
    assertThat(
            FeeCalculator.feeCharged(Instruments.BTC, Contracts.of(3), Price.of("97345.6"), TAKER))
        .isEqualTo(Usdt.of("1.460184"));
    assertThat(
            FeeCalculator.feeCharged(
                Instruments.BTC, Contracts.of(3), Price.of("97345.6"), Ratio.of("-0.00005")))
        .isEqualTo(Usdt.of("-0.1460184"));
  }

  @Test
  void profitRateNeedsAPositiveInitialMargin() {
    assertThatThrownBy(() -> PnlCalculator.profitRate(Usdt.of(1), Usdt.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("initial margin must be positive");
  }

  @Test
  void bandAroundTenWithFivePercentIsNineAndAHalfToTenAndAHalf() {
    MarginBand band = MarginBand.around(Usdt.of(10), Ratio.ofPercent("5"));
    assertThat(band.lower()).isEqualTo(Usdt.of("9.5"));
    assertThat(band.upper()).isEqualTo(Usdt.of("10.5"));
    assertThat(band.contains(Usdt.of("9.5"))).isTrue();
    assertThat(band.contains(Usdt.of("10.5"))).isTrue();
    assertThat(band.contains(Usdt.of("10.51"))).isFalse();
    assertThat(band.deviation(Usdt.of("12"))).isEqualTo(Ratio.of("0.2"));
    assertThat(band.describe()).isEqualTo("9.50–10.50 USDT");
  }
}
