package io.anchorkeeper.app.persistence;

import static io.anchorkeeper.app.persistence.CoreSamples.MAIN_SHORT;
import static io.anchorkeeper.app.persistence.CoreSamples.SUB_LONG;
import static io.anchorkeeper.app.persistence.CoreSamples.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anchorkeeper.core.id.ProcedureId;
import io.anchorkeeper.core.instrument.InstrumentId;
import io.anchorkeeper.core.journal.JournalEvent;
import io.anchorkeeper.core.record.ProcedureRequest;
import io.anchorkeeper.core.record.ProcedureStatus;
import io.anchorkeeper.core.record.ProcedureType;
import io.anchorkeeper.core.slot.AccountKind;
import io.anchorkeeper.core.slot.AccountName;
import io.anchorkeeper.core.slot.AnchorSlot;
import io.anchorkeeper.core.slot.PositionSide;
import io.anchorkeeper.core.slot.SlotId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;

/** {@link ProcedureStore}: the one-writer claim, the procedures to resume, and the lists. */
abstract class ProcedureStoreContract extends RepositoryContract {

  private final ExecutorService threads = Executors.newFixedThreadPool(2);

  @AfterEach
  void stopThreads() {
    threads.shutdownNow();
  }

  @Test
  void beginClaimsAFreeSlotAndRecordsTheProcedureAsRunning() {
    ProcedureRequest request = CoreSamples.superMaintenance(slot(SUB_LONG, AccountKind.SUB));
    Instant now = clock.advance(Duration.ofSeconds(3));

    BeginOutcome outcome = procedures.begin(request);

    assertThat(outcome).isEqualTo(new BeginOutcome.Started(request.id()));
    assertThat(slots.find(SUB_LONG).orElseThrow().runningProcedure()).contains(request.id());
    ProcedureOverview overview = procedures.find(request.id()).orElseThrow();
    assertThat(overview.slot()).isEqualTo(SUB_LONG);
    assertThat(overview.type()).isEqualTo(ProcedureType.SUPER_MAINTENANCE);
    assertThat(overview.trigger()).isEqualTo(request.trigger());
    assertThat(overview.status()).isEqualTo(ProcedureStatus.RUNNING);
    assertThat(overview.summary()).isEmpty();
    assertThat(overview.createdAt()).isEqualTo(now);
    assertThat(overview.finishedAt()).isEmpty();
  }

  @Test
  void aSecondBeginOnTheSlotIsAnsweredBusyWithTheRunningProcedure() {
    AnchorSlot slot = slot(SUB_LONG, AccountKind.SUB);
    ProcedureRequest running = begun(CoreSamples.superMaintenance(slot));
    ProcedureRequest second = CoreSamples.ruleRequest(ProcedureType.MARGIN_CORRECTION, slot, T0);

    BeginOutcome outcome = procedures.begin(second);

    assertThat(outcome).isEqualTo(new BeginOutcome.Busy(running.id()));
    assertThat(procedures.find(second.id())).isEmpty();
    assertThat(slots.find(SUB_LONG).orElseThrow().runningProcedure()).contains(running.id());
  }

  @Test
  void aSlotIsFreeAgainOnceItsProcedureFinished() {
    AnchorSlot slot = slot(SUB_LONG, AccountKind.SUB);
    ProcedureRequest first = begun(CoreSamples.superMaintenance(slot));
    journal.finish(CoreSamples.refused(first, T0.plusSeconds(1)));

    begun(CoreSamples.ruleRequest(ProcedureType.MARGIN_CORRECTION, slot, T0));
  }

  @Test
  void aBeginBuiltOnAnOutdatedCountRecordsNothing() {
    AnchorSlot slot = slot(SUB_LONG, AccountKind.SUB);
    ProcedureRequest first = begun(CoreSamples.superMaintenance(slot));
    journal.finish(CoreSamples.completedMaintenance(first, T0.plusSeconds(1)));
    ProcedureRequest stale = CoreSamples.superMaintenance(slot);

    BeginOutcome outcome = procedures.begin(stale);

    assertThat(outcome).isEqualTo(new BeginOutcome.StaleCount(0, 1));
    assertThat(procedures.find(stale.id())).isEmpty();
    assertThat(slots.find(SUB_LONG).orElseThrow().runningProcedure()).isEmpty();
  }

  @Test
  void beginOnASlotWithoutARowFails() {
    ProcedureRequest request = CoreSamples.superMaintenance(AnchorSlot.sub(SUB_LONG, 0));

    assertThatThrownBy(() -> procedures.begin(request))
        .isInstanceOf(UnknownSlotException.class)
        .hasMessageContaining(SUB_LONG.toString());
    assertThat(rows("procedures")).isZero();
  }

  @Test
  void ofTwoConcurrentBeginsOnOneSlotExactlyOneStarts() throws Exception {
    for (int round = 1; round <= 20; round++) {
      SlotId id = SlotId.of("race" + round, "CRO-USDT-SWAP", "long");
      AnchorSlot slot = slot(id, AccountKind.SUB);
      ProcedureRequest byRule = CoreSamples.ruleRequest(ProcedureType.SUPER_MAINTENANCE, slot, T0);
      ProcedureRequest byApi = CoreSamples.superMaintenance(slot);
      CyclicBarrier start = new CyclicBarrier(2);

      Future<BeginOutcome> rule = threads.submit(() -> beginAfter(start, byRule));
      Future<BeginOutcome> api = threads.submit(() -> beginAfter(start, byApi));
      List<BeginOutcome> outcomes =
          List.of(rule.get(20, TimeUnit.SECONDS), api.get(20, TimeUnit.SECONDS));

      List<ProcedureId> started =
          outcomes.stream()
              .filter(BeginOutcome.Started.class::isInstance)
              .map(o -> ((BeginOutcome.Started) o).procedure())
              .toList();
      assertThat(started).as("round %d: %s", round, outcomes).hasSize(1);
      assertThat(outcomes).contains(new BeginOutcome.Busy(started.get(0)));
      assertThat(rows("procedures where account = 'race" + round + "'")).isEqualTo(1);
      assertThat(slots.find(id).orElseThrow().runningProcedure()).contains(started.get(0));
    }
  }

  @Test
  void aBeginMeetingAnUncommittedClaimWaitsForItAndAnswersBusy() throws Exception {
    AnchorSlot slot = slot(SUB_LONG, AccountKind.SUB);
    ProcedureRequest first = CoreSamples.superMaintenance(slot);
    ProcedureRequest second = CoreSamples.ruleRequest(ProcedureType.SUPER_MAINTENANCE, slot, T0);
    CountDownLatch claimed = new CountDownLatch(1);
    CountDownLatch commit = new CountDownLatch(1);
    ProcedureStore slowToCommit =
        new ProcedureStore(
            jdbc, new CommitOnSignal(database().dataSource(), claimed, commit), json, clock);

    Future<BeginOutcome> holder = threads.submit(() -> slowToCommit.begin(first));
    assertThat(claimed.await(20, TimeUnit.SECONDS)).isTrue();
    Future<BeginOutcome> waiter = threads.submit(() -> procedures.begin(second));
    Thread.sleep(300);

    assertThat(waiter.isDone()).as("the second begin waits for the first to commit").isFalse();
    commit.countDown();
    assertThat(holder.get(20, TimeUnit.SECONDS)).isEqualTo(new BeginOutcome.Started(first.id()));
    assertThat(waiter.get(20, TimeUnit.SECONDS)).isEqualTo(new BeginOutcome.Busy(first.id()));
    assertThat(rows("procedures")).isEqualTo(1);
  }

  @Test
  void unfinishedReturnsEveryRunningProcedureWithTheJournalItWrote() {
    ProcedureRequest journaled =
        begun(CoreSamples.superMaintenance(slot(SUB_LONG, AccountKind.SUB)));
    List<JournalEvent> events = CoreSamples.everyEventType(journaled);
    events.forEach(event -> journal.append(journaled.id(), event));
    clock.advance(Duration.ofSeconds(1));
    ProcedureRequest silent =
        begun(
            CoreSamples.ruleRequest(
                ProcedureType.AUTO_OPEN, slot(MAIN_SHORT, AccountKind.MAIN), T0));
    SlotId third = SlotId.of("Wu666666", "ETH-USDT-SWAP", "short");
    ProcedureRequest ended = begun(CoreSamples.superMaintenance(slot(third, AccountKind.SUB)));
    journal.append(ended.id(), CoreSamples.everyEventType(ended).get(0));
    journal.finish(CoreSamples.refused(ended, T0.plusSeconds(2)));

    List<UnfinishedProcedure> unfinished = procedures.unfinished();

    assertThat(unfinished)
        .extracting(UnfinishedProcedure::request)
        .containsExactly(journaled, silent);
    assertThat(unfinished.get(0).history().orElseThrow().events()).isEqualTo(events);
    assertThat(unfinished.get(0).history().orElseThrow().request()).isEqualTo(journaled);
    assertThat(unfinished.get(1).history()).isEmpty();
  }

  @Test
  void unfinishedOfAnAccountLeavesOtherAccountsOut() {
    begun(CoreSamples.superMaintenance(slot(SUB_LONG, AccountKind.SUB)));
    ProcedureRequest main =
        begun(
            CoreSamples.ruleRequest(
                ProcedureType.AUTO_OPEN, slot(MAIN_SHORT, AccountKind.MAIN), T0));

    assertThat(procedures.unfinished(AccountName.of("main")))
        .extracting(UnfinishedProcedure::request)
        .containsExactly(main);
    assertThat(procedures.unfinished(AccountName.of("nobody"))).isEmpty();
  }

  @Test
  void listsProceduresNewestFirstUnderEveryFilter() {
    SlotId wuBtcShort = SlotId.of("Wu666666", "BTC-USDT-SWAP", "short");
    ProcedureRequest p1 = begun(CoreSamples.superMaintenance(slot(SUB_LONG, AccountKind.SUB)));
    journal.finish(CoreSamples.completedMaintenance(p1, T0.plusSeconds(30)));
    clock.advance(Duration.ofMinutes(1));
    ProcedureRequest p2 =
        begun(
            CoreSamples.ruleRequest(
                ProcedureType.AUTO_OPEN, slot(MAIN_SHORT, AccountKind.MAIN), T0));
    journal.finish(CoreSamples.refused(p2, T0.plusSeconds(90)));
    clock.advance(Duration.ofMinutes(1));
    ProcedureRequest p3 =
        begun(
            CoreSamples.ruleRequest(
                ProcedureType.MARGIN_CORRECTION, slot(wuBtcShort, AccountKind.SUB), T0));
    clock.advance(Duration.ofMinutes(1));
    ProcedureRequest p4 =
        begun(
            CoreSamples.ruleRequest(
                ProcedureType.TAKE_PROFIT, slot(SUB_LONG, AccountKind.SUB), T0));
    ProcedureQuery all = ProcedureQuery.newest(10);

    assertThat(ids(all)).containsExactly(p4.id(), p3.id(), p2.id(), p1.id());
    assertThat(ids(ProcedureQuery.newest(2))).containsExactly(p4.id(), p3.id());
    assertThat(ids(all.withAccount(AccountName.of("Wu666666"))))
        .containsExactly(p4.id(), p3.id(), p1.id());
    assertThat(ids(all.withInstrument(InstrumentId.of("BTC-USDT-SWAP"))))
        .containsExactly(p3.id(), p2.id());
    assertThat(ids(all.withSide(PositionSide.SHORT))).containsExactly(p3.id(), p2.id());
    assertThat(ids(all.withSlot(SUB_LONG))).containsExactly(p4.id(), p1.id());
    assertThat(ids(all.withTypes(ProcedureType.SUPER_MAINTENANCE, ProcedureType.AUTO_OPEN)))
        .containsExactly(p2.id(), p1.id());
    assertThat(ids(all.withStatuses(ProcedureStatus.RUNNING))).containsExactly(p4.id(), p3.id());
    assertThat(ids(all.between(T0.plus(Duration.ofMinutes(1)), T0.plus(Duration.ofMinutes(3)))))
        .containsExactly(p3.id(), p2.id());
    assertThat(
            ids(
                all.withAccount(AccountName.of("Wu666666"))
                    .withStatuses(ProcedureStatus.RUNNING)
                    .withTypes(ProcedureType.TAKE_PROFIT)))
        .containsExactly(p4.id());
    assertThat(ids(all.withAccount(AccountName.of("nobody")))).isEmpty();
  }

  @Test
  void findsNothingForAnUnknownId() {
    assertThat(procedures.find(CoreSamples.newProcedureId())).isEmpty();
    assertThat(procedures.events(CoreSamples.newProcedureId())).isEmpty();
  }

  private List<ProcedureId> ids(ProcedureQuery query) {
    return procedures.list(query).stream().map(ProcedureOverview::id).toList();
  }

  private BeginOutcome beginAfter(CyclicBarrier start, ProcedureRequest request) throws Exception {
    start.await(20, TimeUnit.SECONDS);
    return procedures.begin(request);
  }

  /** A transaction manager that, about to commit, signals and waits until it may. */
  private static final class CommitOnSignal extends DataSourceTransactionManager {

    private final transient CountDownLatch aboutToCommit;
    private final transient CountDownLatch mayCommit;

    CommitOnSignal(DataSource dataSource, CountDownLatch aboutToCommit, CountDownLatch mayCommit) {
      super(dataSource);
      this.aboutToCommit = aboutToCommit;
      this.mayCommit = mayCommit;
    }

    @Override
    protected void doCommit(DefaultTransactionStatus status) {
      aboutToCommit.countDown();
      try {
        mayCommit.await(20, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      super.doCommit(status);
    }
  }
}
