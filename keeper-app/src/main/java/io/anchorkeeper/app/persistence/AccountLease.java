package io.anchorkeeper.app.persistence;

import io.anchorkeeper.core.slot.AccountName;
import java.time.Instant;
import java.util.Objects;

/**
 * A keeper instance's right to work an account until {@code expiresAt} (database time).
 *
 * @param acquiredAt when this owner took the lease; renewals keep it
 */
public record AccountLease(
    AccountName account, String owner, Instant acquiredAt, Instant expiresAt) {

  public AccountLease {
    Objects.requireNonNull(account, "account must not be null");
    Objects.requireNonNull(owner, "owner must not be null");
    Objects.requireNonNull(acquiredAt, "acquiredAt must not be null");
    Objects.requireNonNull(expiresAt, "expiresAt must not be null");
  }
}
