package io.anchorkeeper.okx.client.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.anchorkeeper.okx.client.OkxClientFactory;
import io.anchorkeeper.okx.client.rest.model.MgnMode;
import io.anchorkeeper.okx.client.rest.model.OrderRequest;
import io.anchorkeeper.okx.client.rest.model.PosSide;
import io.anchorkeeper.okx.client.rest.model.Side;
import io.anchorkeeper.okx.client.testing.FakeOkxServer;
import io.anchorkeeper.okx.client.testing.FakeOkxServer.Received;
import io.anchorkeeper.okx.client.testing.OkxAuthCheck;
import io.anchorkeeper.okx.client.testing.Samples;
import io.anchorkeeper.okx.client.testing.TestConfigs;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What arrives at the server is exactly what was signed. */
class SigningOnTheWireTest {
  private FakeOkxServer server;

  @BeforeEach
  void start() throws IOException {
    server = new FakeOkxServer();
    server.route(
        "GET /api/v5/account/positions",
        r -> OkxAuthCheck.guarded(server, r, "{\"code\":\"0\",\"msg\":\"\",\"data\":[]}"));
    server.route(
        "POST /api/v5/trade/order",
        r -> OkxAuthCheck.guarded(server, r, Samples.read("rest-trade-order-place-success.json")));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void aQueryWithCommasAndSpacesIsSignedExactlyAsSent() {
    try (OkxClientFactory factory = new OkxClientFactory(TestConfigs.loopback(server.port()))) {
      factory
          .rest(TestConfigs.credentials(1))
          .account()
          .positions("SWAP", Optional.of("BTC-USDT-SWAP,ETH-USDT-SWAP x"));
    }

    Received request = server.received("/api/v5/account/positions").get(0);
    assertThat(request.rawTarget())
        .isEqualTo(
            "/api/v5/account/positions?instType=SWAP&instId=BTC-USDT-SWAP%2CETH-USDT-SWAP%20x");
    assertThat(OkxAuthCheck.failure(request, server.nowMillis())).isEmpty();
    assertThat(request.header("OK-ACCESS-TIMESTAMP"))
        .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
    assertThat(request.header("x-simulated-trading")).isEmpty();
  }

  @Test
  void aPostBodyIsCompactJsonSignedAsSentWithTheDemoHeaderInDemoMode() {
    try (OkxClientFactory factory =
        new OkxClientFactory(TestConfigs.loopback(server.port()).withDemo(true))) {
      factory
          .rest(TestConfigs.credentials(1))
          .trade()
          .placeOrder(
              OrderRequest.market(
                      "BTC-USDT-SWAP",
                      MgnMode.ISOLATED,
                      Side.SELL,
                      PosSide.SHORT,
                      new BigDecimal("0.10"),
                      "k1")
                  .withTag("anchor"));
    }

    Received request = server.received("/api/v5/trade/order").get(0);
    assertThat(request.body())
        .isEqualTo(
            "{\"instId\":\"BTC-USDT-SWAP\",\"tdMode\":\"isolated\",\"side\":\"sell\","
                + "\"posSide\":\"short\",\"ordType\":\"market\",\"sz\":\"0.10\","
                + "\"clOrdId\":\"k1\",\"tag\":\"anchor\"}");
    assertThat(OkxAuthCheck.failure(request, server.nowMillis())).isEmpty();
    assertThat(request.header("x-simulated-trading")).isEqualTo("1");
    assertThat(request.header("Content-Type")).isEqualTo("application/json");
    assertThat(request.header("OK-ACCESS-KEY")).isEqualTo(TestConfigs.credentials(1).apiKey());
  }

  @Test
  void publicCallsCarryNoCredentials() {
    server.route(
        "GET /api/v5/market/ticker",
        FakeOkxServer.Reply.ok(Samples.read("rest-market-ticker-swap-docs.json")));
    try (OkxClientFactory factory = new OkxClientFactory(TestConfigs.loopback(server.port()))) {
      assertThat(factory.publicRest().publicData().ticker("BTC-USD-SWAP")).isPresent();
    }

    Received request = server.received("/api/v5/market/ticker").get(0);
    assertThat(request.header("OK-ACCESS-KEY")).isEmpty();
    assertThat(request.header("OK-ACCESS-SIGN")).isEmpty();
  }
}
