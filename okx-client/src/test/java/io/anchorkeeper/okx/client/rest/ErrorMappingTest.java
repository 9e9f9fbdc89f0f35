package io.anchorkeeper.okx.client.rest;

import static io.anchorkeeper.okx.client.testing.FakeOkxServer.Reply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.anchorkeeper.okx.client.OkxClientFactory;
import io.anchorkeeper.okx.client.OkxConfig;
import io.anchorkeeper.okx.client.auth.OkxCredentials;
import io.anchorkeeper.okx.client.error.OkxException;
import io.anchorkeeper.okx.client.rest.model.HistoryQuery;
import io.anchorkeeper.okx.client.rest.model.MgnMode;
import io.anchorkeeper.okx.client.rest.model.OrderAck;
import io.anchorkeeper.okx.client.rest.model.OrderRef;
import io.anchorkeeper.okx.client.rest.model.OrderRequest;
import io.anchorkeeper.okx.client.rest.model.PosSide;
import io.anchorkeeper.okx.client.rest.model.Side;
import io.anchorkeeper.okx.client.testing.FakeOkxServer;
import io.anchorkeeper.okx.client.testing.Samples;
import io.anchorkeeper.okx.client.testing.TestConfigs;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each failure family, produced by a loopback server answering the way OKX does. */
class ErrorMappingTest {
  private static final String ORDER = "POST /api/v5/trade/order";
  private static final OrderRequest BUY =
      OrderRequest.market(
          "BTC-USDT-SWAP", MgnMode.ISOLATED, Side.BUY, PosSide.LONG, BigDecimal.ONE, "abc123");

  private final OkxCredentials credentials = TestConfigs.credentials(1);
  private FakeOkxServer server;
  private OkxClientFactory factory;
  private OkxRestClient client;

  @BeforeEach
  void start() throws IOException {
    server = new FakeOkxServer();
    factory =
        new OkxClientFactory(
            TestConfigs.loopback(server.port())
                .withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(400)));
    client = factory.rest(credentials);
  }

  @AfterEach
  void stop() {
    factory.close();
    server.close();
  }

  @Test
  void codeOneWithHttp200IsARejectionCarryingTheItemsSCode() {
    server.route(ORDER, Reply.ok(Samples.read("rest-trade-order-place-51008.json")));

    OkxException.Rejected e = placeExpecting(OkxException.Rejected.class);

    assertThat(e.code()).contains("51008");
    assertThat(e.okxMessage()).startsWith("Order failed. Insufficient USDT margin");
    assertThat(e.clOrdId()).contains("abc123");
    assertThat(e.retryable()).isFalse();
  }

  @Test
  void anItemsOwnClOrdIdIsKeptInTheRejection() {
    server.route(ORDER, Reply.ok(Samples.read("rest-trade-order-place-rejected-54109.json")));

    OkxException.Rejected e = placeExpecting(OkxException.Rejected.class);

    assertThat(e.code()).contains("54109");
    assertThat(e.clOrdId()).contains("Ousdcnotactive1");
  }

  @Test
  void successReturnsTheAck() {
    server.route(ORDER, Reply.ok(Samples.read("rest-trade-order-place-success.json")));

    OrderAck ack = client.trade().placeOrder(BUY);

    assertThat(ack.succeeded()).isTrue();
    assertThat(ack.ordId()).isEqualTo("2896576259728695296");
  }

  @Test
  void parameterErrorOnHttp400IsARejection() {
    server.route(
        "GET /api/v5/public/instruments",
        Reply.of(400, Samples.read("rest-error-51000-parameter-error.json")));

    OkxException.Rejected e =
        catchThrowableOfType(
            OkxException.Rejected.class, () -> client.publicData().instruments("SWAP"));

    assertThat(e.code()).contains("51000");
    assertThat(e.endpoint()).isEqualTo("GET /api/v5/public/instruments");
  }

  @Test
  void unknownPathIsARejectionWithTheNumericCode() {
    OkxException.Rejected e =
        catchThrowableOfType(
            OkxException.Rejected.class, () -> client.subAccounts().tradingBalance("sub1"));

    assertThat(e.code()).contains("404");
  }

  @Test
  void rateLimitAnswersAreRateLimitedAndRetryable() {
    server.route(ORDER, Reply.of(429, Samples.read("rest-error-50011-rate-limit.json")));
    assertThat(placeExpecting(OkxException.RateLimited.class).retryable()).isTrue();

    server.route(ORDER, Reply.ok("{\"code\":\"50061\",\"msg\":\"Sub-account rate limit\"}"));
    assertThat(placeExpecting(OkxException.RateLimited.class).code()).contains("50061");
  }

  @Test
  void serviceUnavailableCodesAreUnavailableEvenOnOrders() {
    server.route(ORDER, Reply.of(503, "{\"code\":\"50001\",\"msg\":\"Service unavailable\"}"));
    assertThat(placeExpecting(OkxException.Unavailable.class).retryable()).isTrue();

    server.route(ORDER, Reply.of(429, "{\"code\":\"50013\",\"msg\":\"System busy\"}"));
    assertThat(placeExpecting(OkxException.Unavailable.class).code()).contains("50013");

    server.route(ORDER, Reply.of(500, "{\"code\":\"50026\",\"msg\":\"System error\"}"));
    assertThat(placeExpecting(OkxException.Unavailable.class).code()).contains("50026");
  }

  @Test
  void authenticationFailuresAreNotRetryable() {
    server.route(
        "GET /api/v5/account/balance",
        Reply.of(401, Samples.read("rest-error-50111-invalid-access-key.json")));

    OkxException.AuthenticationFailed e =
        catchThrowableOfType(
            OkxException.AuthenticationFailed.class,
            () -> client.account().balance(Optional.empty()));

    assertThat(e.code()).contains("50111");
    assertThat(e.retryable()).isFalse();
    assertNoSecrets(e);

    server.route(
        "GET /api/v5/account/balance",
        Reply.of(401, Samples.read("rest-error-50113-invalid-sign.json")));
    assertThat(
            catchThrowableOfType(
                    OkxException.AuthenticationFailed.class,
                    () -> client.account().balance(Optional.empty()))
                .code())
        .contains("50113");
  }

  @Test
  void okxSideTimeoutsOnOrdersAreUnknownOutcomes() {
    server.route(ORDER, Reply.of(400, "{\"code\":\"50004\",\"msg\":\"Endpoint request timeout\"}"));
    OkxException.OutcomeUnknown e = placeExpecting(OkxException.OutcomeUnknown.class);
    assertThat(e.clOrdId()).contains("abc123");
    assertThat(e.retryable()).isFalse();

    server.route(ORDER, Reply.of(500, "{\"code\":\"51054\",\"msg\":\"Request timeout\"}"));
    assertThat(placeExpecting(OkxException.OutcomeUnknown.class).code()).contains("51054");

    server.route(
        ORDER,
        Reply.ok(
            "{\"code\":\"1\",\"msg\":\"\",\"data\":[{\"clOrdId\":\"abc123\",\"ordId\":\"\","
                + "\"sCode\":\"51149\",\"sMsg\":\"Order timed out\"}]}"));
    assertThat(placeExpecting(OkxException.OutcomeUnknown.class).code()).contains("51149");
  }

  @Test
  void theSameCodesOnAReadOnlyMeanTryAgain() {
    server.route(
        "GET /api/v5/account/positions",
        Reply.of(400, "{\"code\":\"50004\",\"msg\":\"Endpoint request timeout\"}"));

    assertThat(
            catchThrowableOfType(
                OkxException.Unavailable.class,
                () -> client.account().positions("SWAP", Optional.empty())))
        .isNotNull();
  }

  @Test
  void a5xxWithoutEnvelopeIsUnknownForAnOrderAndUnavailableForAQuery() {
    server.route(ORDER, Reply.of(502, "<html>Bad Gateway</html>"));
    server.route("GET /api/v5/trade/orders-pending", Reply.of(502, "<html>Bad Gateway</html>"));

    assertThat(placeExpecting(OkxException.OutcomeUnknown.class).code()).isEmpty();
    assertThat(
            catchThrowableOfType(
                OkxException.Unavailable.class,
                () -> client.trade().ordersPending(HistoryQuery.swaps())))
        .isNotNull();
  }

  @Test
  void aTimeoutOnAnOrderIsAnUnknownOutcomeToReconcileByClOrdId() {
    server.route(
        ORDER,
        request -> new Reply(200, Samples.read("rest-trade-order-place-success.json"), 1500));

    OkxException.OutcomeUnknown e = placeExpecting(OkxException.OutcomeUnknown.class);

    assertThat(e.clOrdId()).contains("abc123");
    assertThat(e.getMessage()).contains("no response within");
    assertThat(server.received("/api/v5/trade/order")).hasSize(1);
  }

  @Test
  void aTimeoutOnAReadIsUnavailable() {
    server.route(
        "GET /api/v5/account/balance",
        request -> new Reply(200, Samples.read("rest-account-balance.json"), 1500));

    OkxException.Unavailable e =
        catchThrowableOfType(
            OkxException.Unavailable.class, () -> client.account().balance(Optional.empty()));

    assertThat(e.retryable()).isTrue();
  }

  @Test
  void aRefusedConnectionMeansTheOrderWasNeverSent() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    try (OkxClientFactory unreachable = new OkxClientFactory(OkxConfig.loopback(closedPort))) {
      OkxException.Unavailable e =
          catchThrowableOfType(
              OkxException.Unavailable.class,
              () -> unreachable.rest(credentials).trade().placeOrder(BUY));

      assertThat(e.retryable()).isTrue();
      assertThat(e.getMessage()).contains("request not sent");
      assertNoSecrets(e);
    }
  }

  @Test
  void aPartialBatchReturnsEveryItemWithItsOwnOutcome() {
    server.route(
        "POST /api/v5/trade/batch-orders",
        Reply.ok(
            "{\"code\":\"2\",\"msg\":\"\",\"data\":["
                + "{\"clOrdId\":\"a1\",\"ordId\":\"11\",\"sCode\":\"0\",\"sMsg\":\"\"},"
                + "{\"clOrdId\":\"a2\",\"ordId\":\"\",\"sCode\":\"51008\",\"sMsg\":\"Insufficient\"}]}"));

    List<OrderAck> acks =
        client
            .trade()
            .placeOrders(
                List.of(
                    OrderRequest.market(
                        "BTC-USDT-SWAP",
                        MgnMode.ISOLATED,
                        Side.BUY,
                        PosSide.LONG,
                        BigDecimal.ONE,
                        "a1"),
                    OrderRequest.market(
                        "ETH-USDT-SWAP",
                        MgnMode.ISOLATED,
                        Side.BUY,
                        PosSide.LONG,
                        BigDecimal.ONE,
                        "a2")));

    assertThat(acks).extracting(OrderAck::succeeded).containsExactly(true, false);
    assertThat(acks.get(0).failure("batch")).isEmpty();
    assertThat(acks.get(1).failure("batch").orElseThrow())
        .isInstanceOf(OkxException.Rejected.class)
        .satisfies(e -> assertThat(e.code()).contains("51008"));
    assertThat(server.received("/api/v5/trade/batch-orders").get(0).body())
        .startsWith("[{\"instId\":\"BTC-USDT-SWAP\"");
  }

  @Test
  void anOrderOkxDoesNotKnowIsEmpty() {
    server.route(
        "GET /api/v5/trade/order",
        Reply.ok("{\"code\":\"51603\",\"msg\":\"Order does not exist\",\"data\":[]}"));

    assertThat(client.trade().order(OrderRef.byClOrdId("BTC-USDT-SWAP", "abc123"))).isEmpty();
    assertThat(server.received("/api/v5/trade/order").get(0).rawTarget())
        .isEqualTo("/api/v5/trade/order?instId=BTC-USDT-SWAP&clOrdId=abc123");
  }

  @Test
  void noFailureEverCarriesASecret() {
    String[] bodies = {
      Samples.read("rest-trade-order-place-51008.json"),
      Samples.read("rest-error-50111-invalid-access-key.json"),
      "{\"code\":\"50004\",\"msg\":\"timeout\"}",
      "<html>oops</html>"
    };
    int[] statuses = {200, 401, 400, 500};
    for (int i = 0; i < bodies.length; i++) {
      server.route(ORDER, Reply.of(statuses[i], bodies[i]));
      assertNoSecrets(placeExpecting(OkxException.class));
    }
  }

  private <E extends OkxException> E placeExpecting(Class<E> type) {
    E e = catchThrowableOfType(type, () -> client.trade().placeOrder(BUY));
    assertThat(e).as("expected %s", type.getSimpleName()).isNotNull();
    assertNoSecrets(e);
    return e;
  }

  private void assertNoSecrets(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      assertThat(String.valueOf(t.getMessage()) + t)
          .doesNotContain(TestConfigs.SECRET)
          .doesNotContain(TestConfigs.PASSPHRASE)
          .doesNotContain(credentials.apiKey());
    }
  }
}
