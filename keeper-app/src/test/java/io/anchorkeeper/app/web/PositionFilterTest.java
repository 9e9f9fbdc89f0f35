package io.anchorkeeper.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anchorkeeper.app.api.PositionDto;
import io.anchorkeeper.app.web.pages.PositionFilter;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class PositionFilterTest {

  private static final List<PositionDto> ROWS =
      List.of(
          row("sub02", "SOL-USDT-SWAP", "long", "-4.10", "normal"),
          row("sub01", "CRO-USDT-SWAP", "long", "10.78", "off_band"),
          row("sub01", "DOGE-USDT-SWAP", "short", null, "no_position"),
          row("main", "BTC-USDT-SWAP", "long", "-11.20", "capped"));

  @Test
  void sortsByProfitRateEitherWayWithSlotsWithoutARateLast() {
    assertThat(sorted(PositionFilter.of(null, null, "profit", "asc")))
        .containsExactly("main/BTC", "sub02/SOL", "sub01/CRO", "sub01/DOGE");
    assertThat(sorted(PositionFilter.of(null, null, "profit", "desc")))
        .containsExactly("sub01/CRO", "sub02/SOL", "main/BTC", "sub01/DOGE");
  }

  @Test
  void sortsByStatusMostPressingFirstAndBySlotByDefault() {
    assertThat(sorted(PositionFilter.of(null, null, "status", null)))
        .containsExactly("main/BTC", "sub01/CRO", "sub01/DOGE", "sub02/SOL");
    assertThat(sorted(PositionFilter.of("", " ", "", "")))
        .containsExactly("main/BTC", "sub01/CRO", "sub01/DOGE", "sub02/SOL");
  }

  @Test
  void filtersByAccountAndInstrumentExactly() {
    PositionFilter sub01 = PositionFilter.of("sub01", null, null, null);
    PositionFilter cro = PositionFilter.of("sub01", "CRO-USDT-SWAP", null, null);

    assertThat(ROWS.stream().filter(sub01::matches).count()).isEqualTo(2);
    assertThat(ROWS.stream().filter(cro::matches).count()).isEqualTo(1);
    assertThat(ROWS.stream().filter(PositionFilter.of("sub0", null, null, null)::matches))
        .isEmpty();
  }

  @Test
  void writesTheQueryOfEachHeaderClick() {
    PositionFilter byProfit = PositionFilter.of("sub01", null, "profit", "asc");

    assertThat(byProfit.query()).isEqualTo("account=sub01&sort=profit&dir=asc");
    assertThat(byProfit.queryFor("profit")).isEqualTo("account=sub01&sort=profit&dir=desc");
    assertThat(byProfit.queryFor("margin")).isEqualTo("account=sub01&sort=margin&dir=asc");
    assertThat(byProfit.arrowFor("profit")).isEqualTo("▲");
    assertThat(byProfit.arrowFor("margin")).isEmpty();
  }

  @Test
  void refusesAnUnknownColumn() {
    assertThatThrownBy(() -> PositionFilter.of(null, null, "secret", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("secret");
  }

  private static List<String> sorted(PositionFilter filter) {
    return ROWS.stream()
        .filter(filter::matches)
        .sorted(filter.comparator())
        .map(p -> p.accountName() + "/" + p.instId().substring(0, p.instId().indexOf('-')))
        .toList();
  }

  private static PositionDto row(
      String account, String inst, String side, String profitRate, String status) {
    BigDecimal ten = BigDecimal.TEN;
    return new PositionDto(
        account,
        account.equals("main") ? "main" : "sub",
        inst,
        side,
        BigDecimal.ONE,
        ten,
        0,
        3,
        profitRate == null ? null : new BigDecimal(profitRate),
        "10",
        ten,
        ten,
        null,
        BigDecimal.ZERO,
        ten,
        new BigDecimal("9.5"),
        new BigDecimal("10.5"),
        false,
        null,
        status);
  }
}
