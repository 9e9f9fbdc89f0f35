package io.anchorkeeper.app.security;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An API token as the owner sees it in the list: never its secret, which exists only in the answer
 * that created it.
 *
 * @param createdBy the owner who made it
 * @param lastUsedAt when it last authenticated a request (to the minute)
 * @param revokedAt when it was revoked; a revoked token authenticates nothing
 */
public record ApiToken(
    long id,
    String name,
    String createdBy,
    Instant createdAt,
    Optional<Instant> lastUsedAt,
    Optional<Instant> revokedAt) {

  public ApiToken {
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(createdBy, "createdBy must not be null");
    Objects.requireNonNull(createdAt, "createdAt must not be null");
    Objects.requireNonNull(lastUsedAt, "lastUsedAt must not be null");
    Objects.requireNonNull(revokedAt, "revokedAt must not be null");
  }
}
