package io.anchorkeeper.okx.client.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.anchorkeeper.okx.client.OkxClientFactory;
import io.anchorkeeper.okx.client.testing.FakeOkxServer;
import io.anchorkeeper.okx.client.testing.OkxAuthCheck;
import io.anchorkeeper.okx.client.testing.Samples;
import io.anchorkeeper.okx.client.testing.TestConfigs;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The server rejects timestamps more than 30 s off, like OKX (50102). */
class ServerTimeSkewTest {
  private static final String BALANCE = "/api/v5/account/balance";
  private FakeOkxServer server;

  @BeforeEach
  void start() throws IOException {
    server = new FakeOkxServer();
    server.route(
        "GET " + BALANCE,
        r -> OkxAuthCheck.guarded(server, r, Samples.read("rest-account-balance.json")));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void aLocalClockSixtySecondsBehindNeverCausesA50102() {
    Clock behind = Clock.offset(Clock.systemUTC(), Duration.ofSeconds(-60));
    try (OkxClientFactory factory =
        new OkxClientFactory(TestConfigs.loopback(server.port()).withClock(behind))) {
      OkxRestClient client = factory.rest(TestConfigs.credentials(1));

      client.account().balance(Optional.empty());
      client.account().balance(Optional.empty());

      assertThat(factory.serverClock().offsetMillis()).isBetween(59_000L, 61_000L);
    }
    assertThat(server.received(BALANCE))
        .allSatisfy(r -> assertThat(OkxAuthCheck.failure(r, server.nowMillis())).isEmpty());
    assertThat(server.received("/api/v5/public/time")).hasSize(1);
  }

  @Test
  void aServerClockJumpIsHealedByOneResyncAndRetry() {
    try (OkxClientFactory factory = new OkxClientFactory(TestConfigs.loopback(server.port()))) {
      OkxRestClient client = factory.rest(TestConfigs.credentials(1));
      client.account().balance(Optional.empty());

      server.shiftServerTime(60_000);
      client.account().balance(Optional.empty());
    }

    assertThat(server.received(BALANCE)).hasSize(3);
    assertThat(server.received("/api/v5/public/time")).hasSize(2);
  }

  @Test
  void withoutTheOffsetTheSameSkewWouldBeRefused() {
    server.shiftServerTime(60_000);
    var request =
        new FakeOkxServer.Received(
            "GET",
            BALANCE,
            java.util.Map.of(
                "ok-access-timestamp",
                io.anchorkeeper.okx.client.auth.RestSignature.timestamp(java.time.Instant.now()),
                "ok-access-sign",
                OkxAuthCheck.hmac(TestConfigs.SECRET, "x"),
                "ok-access-passphrase",
                TestConfigs.PASSPHRASE),
            "",
            0);

    assertThat(OkxAuthCheck.failure(request, server.nowMillis())).isPresent();
  }
}
