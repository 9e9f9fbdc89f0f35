package io.anchorkeeper.app.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.anchorkeeper.core.slot.AccountName;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@link LeaseRepository}: instances dividing accounts through leases on the database clock. */
abstract class LeaseRepositoryContract extends RepositoryContract {

  private static final AccountName ACCOUNT = AccountName.of("Wu666666");
  private static final Duration LONG = Duration.ofMinutes(5);
  private static final Duration SHORT = Duration.ofMillis(300);

  @Test
  void aFreeAccountIsLeasedToTheFirstInstanceThatAsks() {
    AccountLease lease = leases.acquire(ACCOUNT, "keeper-a", LONG).orElseThrow();

    assertThat(lease.owner()).isEqualTo("keeper-a");
    assertThat(lease.account()).isEqualTo(ACCOUNT);
    assertThat(Duration.between(lease.acquiredAt(), lease.expiresAt())).isEqualTo(LONG);
    assertThat(leases.find(ACCOUNT)).contains(lease);
  }

  @Test
  void aRunningLeaseIsRefusedToAnotherInstance() {
    AccountLease held = leases.acquire(ACCOUNT, "keeper-a", LONG).orElseThrow();

    assertThat(leases.acquire(ACCOUNT, "keeper-b", LONG)).isEmpty();
    assertThat(leases.renew(ACCOUNT, "keeper-b", LONG)).isEmpty();
    assertThat(leases.release(ACCOUNT, "keeper-b")).isFalse();
    assertThat(leases.find(ACCOUNT)).contains(held);
  }

  @Test
  void theOwnerRenewsItsLeaseAndKeepsWhenItTookIt() {
    AccountLease first = leases.acquire(ACCOUNT, "keeper-a", SHORT).orElseThrow();
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> leases.databaseTime().isAfter(first.acquiredAt()));

    AccountLease renewed = leases.renew(ACCOUNT, "keeper-a", LONG).orElseThrow();
    AccountLease reacquired = leases.acquire(ACCOUNT, "keeper-a", LONG).orElseThrow();

    assertThat(renewed.acquiredAt()).isEqualTo(first.acquiredAt());
    assertThat(renewed.expiresAt()).isAfter(first.expiresAt());
    assertThat(reacquired.acquiredAt()).isEqualTo(first.acquiredAt());
    assertThat(reacquired.expiresAt()).isAfterOrEqualTo(renewed.expiresAt());
  }

  @Test
  void anExpiredLeaseIsTakenOverAndTheFormerOwnerCanNoLongerRenewIt() {
    AccountLease dying = leases.acquire(ACCOUNT, "keeper-a", SHORT).orElseThrow();
    assertThat(leases.acquire(ACCOUNT, "keeper-b", LONG)).isEmpty();
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> leases.databaseTime().isAfter(dying.expiresAt()));

    AccountLease taken = leases.acquire(ACCOUNT, "keeper-b", LONG).orElseThrow();

    assertThat(taken.owner()).isEqualTo("keeper-b");
    assertThat(taken.acquiredAt()).isAfterOrEqualTo(dying.expiresAt());
    assertThat(leases.renew(ACCOUNT, "keeper-a", LONG)).isEmpty();
    assertThat(leases.heldBy("keeper-a")).isEmpty();
    assertThat(leases.heldBy("keeper-b")).containsExactly(taken);
  }

  @Test
  void anExpiredLeaseNobodyTookIsStillItsOwnersToRenew() {
    AccountLease lapsed = leases.acquire(ACCOUNT, "keeper-a", SHORT).orElseThrow();
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> leases.databaseTime().isAfter(lapsed.expiresAt()));
    assertThat(leases.heldBy("keeper-a")).isEmpty();

    assertThat(leases.renew(ACCOUNT, "keeper-a", LONG)).isPresent();
    assertThat(leases.heldBy("keeper-a"))
        .extracting(AccountLease::account)
        .containsExactly(ACCOUNT);
  }

  @Test
  void aReleasedLeaseIsFreeForAnyone() {
    leases.acquire(ACCOUNT, "keeper-a", LONG).orElseThrow();

    assertThat(leases.release(ACCOUNT, "keeper-a")).isTrue();

    assertThat(leases.find(ACCOUNT)).isEmpty();
    assertThat(leases.acquire(ACCOUNT, "keeper-b", LONG)).isPresent();
  }

  @Test
  void heldByListsAnOwnersRunningLeasesByAccount() {
    leases.acquire(AccountName.of("sub2"), "keeper-a", LONG).orElseThrow();
    leases.acquire(AccountName.of("sub1"), "keeper-a", LONG).orElseThrow();
    leases.acquire(AccountName.of("sub3"), "keeper-b", LONG).orElseThrow();

    assertThat(leases.heldBy("keeper-a"))
        .extracting(AccountLease::account)
        .containsExactly(AccountName.of("sub1"), AccountName.of("sub2"));
  }

  @Test
  void ofInstancesRacingForAFreeAccountExactlyOneWins() throws Exception {
    int instances = 4;
    ExecutorService threads = Executors.newFixedThreadPool(instances);
    try {
      for (int round = 1; round <= 10; round++) {
        AccountName account = AccountName.of("race" + round);
        CyclicBarrier start = new CyclicBarrier(instances);
        List<Future<Optional<AccountLease>>> attempts = new ArrayList<>();
        for (int i = 1; i <= instances; i++) {
          String owner = "keeper-" + i;
          attempts.add(
              threads.submit(
                  () -> {
                    start.await(20, TimeUnit.SECONDS);
                    return leases.acquire(account, owner, LONG);
                  }));
        }

        List<AccountLease> won = new ArrayList<>();
        for (Future<Optional<AccountLease>> attempt : attempts) {
          attempt.get(20, TimeUnit.SECONDS).ifPresent(won::add);
        }
        assertThat(won).as("round %d", round).hasSize(1);
        assertThat(leases.find(account)).contains(won.get(0));
      }
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void refusesBlankOwnersAndEmptyTerms() {
    assertThatThrownBy(() -> leases.acquire(ACCOUNT, " ", LONG))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> leases.acquire(ACCOUNT, "keeper-a", Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
