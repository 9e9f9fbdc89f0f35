package io.anchorkeeper.app.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bearer tokens for the HTTP API. A token is {@code akt_} and 256 random bits in URL-safe Base64;
 * it is shown once, when made, and stored only as {@link TokenHash its hash}. A presented token is
 * looked up by its hash and the stored hash compared in constant time; its use is recorded at most
 * once a minute.
 */
public final class ApiTokens {

  private static final Logger log = LoggerFactory.getLogger(ApiTokens.class);

  static final String PREFIX = "akt_";
  private static final Pattern FORMAT = Pattern.compile("akt_[A-Za-z0-9_-]{43}");
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9 ._-]{1,40}");
  private static final Duration USE_RECORDED_EVERY = Duration.ofMinutes(1);

  private final ApiTokenRepository repository;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  public ApiTokens(ApiTokenRepository repository, Clock clock) {
    this.repository = Objects.requireNonNull(repository, "repository must not be null");
    this.clock = Objects.requireNonNull(clock, "clock must not be null");
  }

  /**
   * Makes a token.
   *
   * @param name what the owner calls it, 1 to 40 letters, digits, spaces or {@code . _ -}
   * @throws IllegalArgumentException when the name breaks that rule
   */
  public NewApiToken create(String name, String createdBy) {
    if (name == null || !NAME.matcher(name).matches() || name.isBlank()) {
      throw new IllegalArgumentException(
          "name must be 1 to 40 letters, digits, spaces or . _ - (what the token is for)");
    }
    byte[] raw = new byte[32];
    random.nextBytes(raw);
    String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    ApiToken token =
        repository.insert(name.strip(), TokenHash.of(secret), createdBy, clock.instant());
    log.info("API token {} '{}' created by {}", token.id(), token.name(), createdBy);
    return new NewApiToken(token, secret);
  }

  /** The active token {@code presented} is, if any; records its use. */
  public Optional<ApiToken> authenticate(String presented) {
    if (presented == null || !FORMAT.matcher(presented).matches()) {
      return Optional.empty();
    }
    String hash = TokenHash.of(presented);
    Optional<ApiToken> token =
        repository.findActive(hash).filter(m -> TokenHash.same(m.hash(), hash)).map(m -> m.token());
    token.ifPresent(
        t -> {
          Instant now = clock.instant();
          repository.touch(t.id(), now, now.minus(USE_RECORDED_EVERY));
        });
    return token;
  }

  /** Every token, revoked ones too, newest first. */
  public List<ApiToken> list() {
    return repository.all();
  }

  /** Revokes the token; false when no active token has this id. */
  public boolean revoke(long id, String revokedBy) {
    boolean revoked = repository.revoke(id, clock.instant());
    if (revoked) {
      log.info("API token {} revoked by {}", id, revokedBy);
    }
    return revoked;
  }
}
