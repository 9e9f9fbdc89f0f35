package io.anchorkeeper.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.anchorkeeper.app.persistence.PostgresServer;
import io.anchorkeeper.app.persistence.TestClock;
import io.anchorkeeper.app.persistence.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The owner and the API tokens on H2 and, when it answers, PostgreSQL (the V2 migration). */
class SecurityRepositoriesTest {

  private static final TestDatabase H2 = TestDatabase.h2();
  private static TestDatabase postgres;

  private final TestClock clock = new TestClock(Instant.parse("2026-03-01T08:00:00Z"));
  private final PasswordEncoder encoder =
      PasswordEncoderFactories.createDelegatingPasswordEncoder();

  static Stream<String> databases() {
    return Stream.of("h2", "postgres");
  }

  @AfterAll
  static void close() {
    H2.close();
    if (postgres != null) {
      postgres.close();
    }
  }

  private static synchronized JdbcClient clean(String kind) {
    TestDatabase database;
    if (kind.equals("h2")) {
      database = H2;
    } else {
      assumeTrue(
          PostgresServer.answers(),
          "PostgreSQL at " + PostgresServer.describe() + " does not answer");
      if (postgres == null) {
        postgres = TestDatabase.postgres();
      }
      database = postgres;
    }
    JdbcClient jdbc = JdbcClient.create(database.dataSource());
    jdbc.sql("delete from api_tokens").update();
    jdbc.sql("delete from users").update();
    return jdbc;
  }

  @ParameterizedTest
  @MethodSource("databases")
  void thereIsAtMostOneOwnerAndTheConfiguredOneReplacesItsPassword(String kind) {
    UserRepository users = new UserRepository(clean(kind), clock);
    OwnerAccount owner = new OwnerAccount(users, encoder);

    assertThat(owner.create("first", "First-Password-1234")).isTrue();
    assertThat(owner.create("second", "Second-Password-1234")).isFalse();
    owner.applyConfigured(
        new KeeperSecurityProperties.Owner(
            Optional.of("owner"), Optional.of("Configured-Password-1")));

    UserRepository.StoredUser stored = users.owner().orElseThrow();
    assertThat(stored.username()).isEqualTo("owner");
    assertThat(encoder.matches("Configured-Password-1", stored.passwordHash())).isTrue();
    assertThat(users.findByUsername("first")).isEmpty();
    assertThat(stored.toString()).doesNotContain(stored.passwordHash());
  }

  @ParameterizedTest
  @MethodSource("databases")
  void aTokenAuthenticatesByItsHashUntilRevokedAndItsUseIsRecordedOnceAMinute(String kind) {
    ApiTokenRepository repository = new ApiTokenRepository(clean(kind));
    ApiTokens tokens = new ApiTokens(repository, clock);

    NewApiToken made = tokens.create("ci bot", "owner");

    assertThat(made.secret()).matches("akt_[A-Za-z0-9_-]{43}");
    assertThat(made.toString()).doesNotContain(made.secret());
    assertThat(tokens.authenticate(made.secret())).map(ApiToken::name).contains("ci bot");
    Instant firstUse = clock.instant();
    clock.advance(Duration.ofSeconds(30));
    tokens.authenticate(made.secret());
    assertThat(tokens.list().get(0).lastUsedAt()).contains(firstUse);
    clock.advance(Duration.ofSeconds(31));
    tokens.authenticate(made.secret());
    assertThat(tokens.list().get(0).lastUsedAt()).contains(clock.instant());

    assertThat(tokens.authenticate(made.secret() + "x")).isEmpty();
    // One character changed (never to itself: a random secret ends in "A" once in 64).
    char last = made.secret().charAt(46);
    String oneOff = made.secret().substring(0, 46) + (last == 'A' ? 'B' : 'A');
    assertThat(tokens.authenticate(oneOff)).isEmpty();
    assertThat(tokens.revoke(made.token().id(), "owner")).isTrue();
    assertThat(tokens.revoke(made.token().id(), "owner")).isFalse();
    assertThat(tokens.authenticate(made.secret())).isEmpty();
    assertThat(tokens.list()).singleElement().satisfies(t -> assertThat(t.revokedAt()).isPresent());
  }
}
