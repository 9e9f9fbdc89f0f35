package io.anchorkeeper.okx.client.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anchorkeeper.okx.client.json.OkxJson;
import io.anchorkeeper.okx.client.ratelimit.LimitScope;
import io.anchorkeeper.okx.client.rest.model.MgnMode;
import io.anchorkeeper.okx.client.rest.model.OrdType;
import io.anchorkeeper.okx.client.rest.model.OrderRef;
import io.anchorkeeper.okx.client.rest.model.OrderRequest;
import io.anchorkeeper.okx.client.rest.model.PosSide;
import io.anchorkeeper.okx.client.rest.model.Side;
import io.anchorkeeper.okx.client.rest.model.TransferRequest;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RequestShapesTest {

  @Test
  void clOrdIdMustBeOneToThirtyTwoLettersOrDigits() {
    assertThatThrownBy(() -> market("abc-123")).hasMessageContaining("clOrdId");
    assertThatThrownBy(() -> market("a".repeat(33))).hasMessageContaining("clOrdId");
    assertThatThrownBy(() -> market("")).hasMessageContaining("clOrdId");
    assertThat(market("A".repeat(32)).clOrdId()).contains("A".repeat(32));
    assertThatThrownBy(() -> OrderRef.byClOrdId("BTC-USDT-SWAP", "has space"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void marketOrdersTakeNoPriceAndLimitOrdersNeedOne() {
    assertThatThrownBy(
            () ->
                new OrderRequest(
                    "X",
                    MgnMode.ISOLATED,
                    Side.BUY,
                    Optional.empty(),
                    OrdType.LIMIT,
                    BigDecimal.ONE,
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty()))
        .hasMessageContaining("need a px");
    assertThatThrownBy(() -> market("a1").withTag("tag-with-dash")).hasMessageContaining("tag");
    assertThatThrownBy(
            () ->
                OrderRequest.market(
                    "X", MgnMode.ISOLATED, Side.BUY, PosSide.LONG, BigDecimal.ZERO, "a1"))
        .hasMessageContaining("sz must be positive");
  }

  @Test
  void limitOrderParamsKeepTheCallersScaleAndBooleansStayBooleans() {
    OrderRequest order =
        OrderRequest.limit(
                "ETH-USDT-SWAP",
                MgnMode.ISOLATED,
                Side.BUY,
                PosSide.NET,
                OrdType.POST_ONLY,
                new BigDecimal("1.50"),
                new BigDecimal("2500.10"),
                "n1")
            .withReduceOnly(true);

    assertThat(OkxJson.write(order.toParams().toJson()))
        .isEqualTo(
            "{\"instId\":\"ETH-USDT-SWAP\",\"tdMode\":\"isolated\",\"side\":\"buy\",\"posSide\":\"net\","
                + "\"ordType\":\"post_only\",\"sz\":\"1.50\",\"px\":\"2500.10\",\"clOrdId\":\"n1\","
                + "\"reduceOnly\":true}");
  }

  @Test
  void queryStringsArePercentEncodedOnce() {
    RequestParams params =
        RequestParams.create().put("instId", "BTC-USDT-SWAP,ETH-USDT-SWAP").put("x", "a b+c/é~");

    assertThat(params.toQueryString())
        .isEqualTo("instId=BTC-USDT-SWAP%2CETH-USDT-SWAP&x=a%20b%2Bc%2F%C3%A9~");
  }

  @Test
  void transfersBetweenAccountsNameTheSubAccount() {
    assertThatThrownBy(
            () ->
                new TransferRequest(
                    "USDT", BigDecimal.TEN, "18", "18", "1", Optional.empty(), Optional.empty()))
        .hasMessageContaining("needs subAcct");
  }

  @Test
  void theEndpointTableHasOneEntryPerCallAndTheDocumentedLimits() {
    List<Endpoint> all = OkxEndpoints.all();
    Set<String> names = new HashSet<>();
    all.forEach(e -> assertThat(names.add(e.displayName())).as(e.displayName()).isTrue());
    all.forEach(e -> assertThat(e.limits()).as(e.displayName()).isNotEmpty());
    all.forEach(e -> assertThat(e.signed()).isEqualTo(e.limits().get(0).scope() == LimitScope.UID));

    assertThat(OkxEndpoints.PLACE_ORDER.limits())
        .extracting(r -> r.permits() + "/" + r.perParameter().orElse("-"))
        .containsExactly("60/instId", "1000/-");
    assertThat(OkxEndpoints.BATCH_OF_ONE_ORDER.limits())
        .isEqualTo(OkxEndpoints.PLACE_ORDER.limits());
    assertThat(OkxEndpoints.POSITIONS.limits().get(0).permits()).isEqualTo(10);
    assertThat(OkxEndpoints.INSTRUMENTS.limits().get(0).perParameter()).contains("instType");
    assertThat(OkxEndpoints.GET_ORDER.changesState()).isFalse();
    assertThat(OkxEndpoints.MARGIN_BALANCE.changesState()).isTrue();
  }

  private static OrderRequest market(String clOrdId) {
    return OrderRequest.market(
        "BTC-USDT-SWAP", MgnMode.ISOLATED, Side.BUY, PosSide.LONG, BigDecimal.ONE, clOrdId);
  }
}
