package io.anchorkeeper.app.persistence;

import io.anchorkeeper.core.slot.AccountName;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Account leases (SPEC section 9): keeper instances sharing one database divide the accounts among
 * themselves, each working only the accounts it holds a lease on. A lease is renewed well before it
 * expires; an instance that dies stops renewing, and once its leases expire another instance takes
 * them over and resumes their procedures ({@link ProcedureStore#unfinished(AccountName)}).
 *
 * <p>Expiry is judged on the database's clock ({@code current_timestamp}), never on an instance's,
 * so instances with skewed clocks still agree on who holds what. Every change is one conditional
 * statement, so two instances racing for a lease cannot both win; each runs in a transaction of its
 * own, committed on return, since a lease means nothing until other instances can see it.
 */
public final class LeaseRepository {

  private static final String COLUMNS = "account, owner, acquired_at, expires_at";

  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;

  public LeaseRepository(JdbcClient jdbc, PlatformTransactionManager transactions) {
    this.jdbc = Objects.requireNonNull(jdbc, "jdbc must not be null");
    this.transaction = new TransactionTemplate(transactions);
    this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * Takes the account's lease for {@code owner} when it is free, expired, or already the owner's
   * (then it is renewed).
   *
   * @return the lease when {@code owner} holds it now; empty when another owner's lease is still
   *     running
   */
  public Optional<AccountLease> acquire(AccountName account, String owner, Duration ttl) {
    requireOwner(owner);
    requireTtl(ttl);
    try {
      return Objects.requireNonNull(
          transaction.execute(
              status -> {
                OffsetDateTime now = databaseNow();
                OffsetDateTime expires = now.plus(ttl);
                int taken =
                    jdbc.sql(
                            """
                            update account_leases
                            set acquired_at = case when owner = :owner then acquired_at else :now end,
                                owner = :owner, expires_at = :expires
                            where account = :account and (owner = :owner or expires_at <= :now)
                            """)
                        .param("account", account.value())
                        .param("owner", owner)
                        .param("now", now)
                        .param("expires", expires)
                        .update();
                if (taken == 0) {
                  jdbc.sql(
                          """
                          insert into account_leases (account, owner, acquired_at, expires_at)
                          select :account, :owner, :now, :expires
                          where not exists (select 1 from account_leases where account = :account)
                          """)
                      .param("account", account.value())
                      .param("owner", owner)
                      .param("now", now)
                      .param("expires", expires)
                      .update();
                }
                return find(account).filter(lease -> lease.owner().equals(owner));
              }));
    } catch (DuplicateKeyException concurrentAcquire) {
      // another instance inserted the first lease of this account at the same moment: it holds it
      return Optional.empty();
    }
  }

  /**
   * Extends the owner's lease to {@code ttl} from now. A lease that expired but was not taken over
   * is still the owner's and is renewed.
   *
   * @return the renewed lease; empty when another owner holds it (or nobody does): stop working the
   *     account
   */
  public Optional<AccountLease> renew(AccountName account, String owner, Duration ttl) {
    requireOwner(owner);
    requireTtl(ttl);
    return Objects.requireNonNull(
        transaction.execute(
            status -> {
              int renewed =
                  jdbc.sql(
                          "update account_leases set expires_at = :expires"
                              + " where account = :account and owner = :owner")
                      .param("account", account.value())
                      .param("owner", owner)
                      .param("expires", databaseNow().plus(ttl))
                      .update();
              return renewed == 1 ? find(account) : Optional.<AccountLease>empty();
            }));
  }

  /** Gives the lease up at once (an orderly shutdown); true when the owner held it. */
  public boolean release(AccountName account, String owner) {
    return jdbc.sql("delete from account_leases where account = :account and owner = :owner")
            .param("account", account.value())
            .param("owner", owner)
            .update()
        == 1;
  }

  /** The account's lease, running or expired, if one is recorded. */
  public Optional<AccountLease> find(AccountName account) {
    return jdbc.sql("select " + COLUMNS + " from account_leases where account = :account")
        .param("account", account.value())
        .query(LeaseRepository::lease)
        .optional();
  }

  /** The owner's leases that have not expired, by account. */
  public List<AccountLease> heldBy(String owner) {
    return jdbc
        .sql(
            "select "
                + COLUMNS
                + " from account_leases where owner = :owner and expires_at > current_timestamp")
        .param("owner", owner)
        .query(LeaseRepository::lease)
        .list()
        .stream()
        .sorted(Comparator.comparing(AccountLease::account))
        .toList();
  }

  /** The database's current time, which every instance shares. */
  public Instant databaseTime() {
    return databaseNow().toInstant();
  }

  private OffsetDateTime databaseNow() {
    return jdbc.sql("select current_timestamp").query(OffsetDateTime.class).single();
  }

  private static void requireOwner(String owner) {
    if (owner == null || owner.isBlank() || owner.length() > 64) {
      throw new IllegalArgumentException(
          "lease owner must be 1-64 characters, was '" + owner + "'");
    }
  }

  private static void requireTtl(Duration ttl) {
    if (ttl == null || ttl.compareTo(Duration.ofMillis(1)) < 0) {
      throw new IllegalArgumentException("lease ttl must be at least 1 ms, was " + ttl);
    }
  }

  private static AccountLease lease(ResultSet row, int rowNum) throws SQLException {
    return new AccountLease(
        AccountName.of(row.getString("account")),
        row.getString("owner"),
        Columns.instant(row, "acquired_at"),
        Columns.instant(row, "expires_at"));
  }
}
