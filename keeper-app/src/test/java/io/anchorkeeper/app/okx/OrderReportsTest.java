package io.anchorkeeper.app.okx;

import static org.assertj.core.api.Assertions.assertThat;

import io.anchorkeeper.core.id.ClientOrderId;
import io.anchorkeeper.core.plan.OrderDirection;
import io.anchorkeeper.core.port.OrderReport;
import io.anchorkeeper.core.port.OrderState;
import io.anchorkeeper.core.slot.SlotId;
import io.anchorkeeper.core.value.Contracts;
import io.anchorkeeper.core.value.Price;
import io.anchorkeeper.core.value.Usdt;
import io.anchorkeeper.okx.client.json.OkxFields;
import io.anchorkeeper.okx.client.json.OkxJson;
import io.anchorkeeper.okx.client.rest.model.Order;
import io.anchorkeeper.okx.client.rest.model.OrderRequest;
import io.anchorkeeper.okx.client.rest.model.PosSide;
import io.anchorkeeper.okx.client.rest.model.Side;
import org.junit.jupiter.api.Test;

/** OKX orders as core reports, and core orders as OKX requests. */
class OrderReportsTest {

  private static final ClientOrderId ID = Orders.newId();

  @Test
  void statesMapToTheCoresAndAnUnknownStateCountsAsWorking() {
    assertThat(OrderReports.state("filled")).isEqualTo(OrderState.FILLED);
    assertThat(OrderReports.state("canceled")).isEqualTo(OrderState.CANCELED);
    assertThat(OrderReports.state("mmp_canceled")).isEqualTo(OrderState.CANCELED);
    assertThat(OrderReports.state("partially_filled")).isEqualTo(OrderState.PARTIALLY_FILLED);
    assertThat(OrderReports.state("live")).isEqualTo(OrderState.LIVE);
    assertThat(OrderReports.state("something_new").isFinal()).isFalse();
  }

  @Test
  void aChargedFeeBecomesAPositiveCostAndARebateANegativeOne() {
    OrderReport charged =
        OrderReports.report(ID, order("filled", "2", "2", "-0.5", "1.25"), Contracts.of(2), 1);
    OrderReport rebated =
        OrderReports.report(ID, order("filled", "2", "2", "0.1", "0"), Contracts.of(2), 1);

    assertThat(charged.feePaid()).isEqualTo(Usdt.of("0.5"));
    assertThat(charged.realisedPnl()).isEqualTo(Usdt.of("1.25"));
    assertThat(charged.averagePrice()).contains(Price.of("2500"));
    assertThat(rebated.feePaid()).isEqualTo(Usdt.of("-0.1"));
  }

  @Test
  void anOrderThatFilledNothingHasNoAveragePrice() {
    OrderReport report =
        OrderReports.report(ID, order("canceled", "2", "0", "0", "0"), Contracts.of(2), 0);

    assertThat(report.filled()).isEqualTo(Contracts.ZERO);
    assertThat(report.averagePrice()).isEmpty();
    assertThat(report.state()).isEqualTo(OrderState.CANCELED);
  }

  @Test
  void buysOpenLongsAndCloseShortsInHedgeMode() {
    SlotId longSlot = SlotId.of("a", "BTC-USDT-SWAP", "long");
    SlotId shortSlot = SlotId.of("a", "BTC-USDT-SWAP", "short");

    assertThat(sideOf(longSlot, OrderDirection.OPEN)).isEqualTo(Side.BUY);
    assertThat(sideOf(longSlot, OrderDirection.CLOSE)).isEqualTo(Side.SELL);
    assertThat(sideOf(shortSlot, OrderDirection.OPEN)).isEqualTo(Side.SELL);
    assertThat(sideOf(shortSlot, OrderDirection.CLOSE)).isEqualTo(Side.BUY);
    OrderRequest request = OrderPlacement.request(Orders.close(shortSlot, "1.50"));
    assertThat(request.posSide()).contains(PosSide.SHORT);
    assertThat(request.toParams().toJson().toString())
        .contains("\"tdMode\":\"isolated\"", "\"sz\":\"1.50\"", "\"ordType\":\"market\"");
  }

  private static Side sideOf(SlotId slot, OrderDirection direction) {
    return OrderPlacement.request(
            direction == OrderDirection.OPEN ? Orders.open(slot, "1") : Orders.close(slot, "1"))
        .side();
  }

  private static Order order(String state, String sz, String filled, String fee, String pnl) {
    return Order.from(
        OkxFields.of(
            OkxJson.parse(
                "{\"ordId\":\"77\",\"clOrdId\":\""
                    + ID.value()
                    + "\",\"state\":\""
                    + state
                    + "\",\"sz\":\""
                    + sz
                    + "\",\"accFillSz\":\""
                    + filled
                    + "\",\"avgPx\":\""
                    + ("0".equals(filled) ? "" : "2500")
                    + "\",\"fee\":\""
                    + fee
                    + "\",\"pnl\":\""
                    + pnl
                    + "\"}")));
  }
}
