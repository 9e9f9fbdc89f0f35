package io.anchorkeeper.app.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.anchorkeeper.app.okx.Faults;
import io.anchorkeeper.app.persistence.ProcedureQuery;
import io.anchorkeeper.core.record.ProcedureReport;
import io.anchorkeeper.core.record.ProcedureType;
import io.anchorkeeper.core.record.Trigger;
import io.anchorkeeper.core.slot.SlotId;
import io.anchorkeeper.okx.client.rest.OkxRestClient;
import io.anchorkeeper.okx.client.rest.model.MgnMode;
import io.anchorkeeper.okx.client.rest.model.OrderRequest;
import io.anchorkeeper.okx.client.rest.model.PosSide;
import io.anchorkeeper.okx.client.rest.model.Side;
import io.anchorkeeper.okx.emulator.engine.Account;
import io.anchorkeeper.okx.emulator.engine.OrderSnapshot;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * SPEC invariant 4 with the real pieces: the OKX adapter over loopback to the emulator, the JDBC
 * journal on H2 and the runner. The keeper is stopped at every journal write of a maintenance, of a
 * maintenance whose open order times out after executing, and of the seed's margin correction; a
 * new keeper on the same database resumes it. The end state equals an uninterrupted run's, and the
 * emulator executed no order twice.
 */
class EngineCrashRecoveryTest {

  private static final SlotId SOL = SlotId.of(CrashWorld.ACCOUNT, "SOL-USDT-SWAP", "long");
  private static final SlotId CRO = SlotId.of(CrashWorld.ACCOUNT, "CRO-USDT-SWAP", "long");

  enum Scenario {
    SUPER_MAINTENANCE(ProcedureType.SUPER_MAINTENANCE, SOL),
    TIMEOUT_AFTER_EXECUTION(ProcedureType.SUPER_MAINTENANCE, SOL),
    MARGIN_CORRECTION(ProcedureType.MARGIN_CORRECTION, CRO);

    final ProcedureType type;
    final SlotId slot;

    Scenario(ProcedureType type, SlotId slot) {
      this.type = type;
      this.slot = slot;
    }

    /** Opens the scenario's position through the OKX API, then sets the scene. */
    void setUp(CrashWorld world) {
      OkxRestClient client = world.factory.rest(world.credentials);
      String inst = slot.instrument().value();
      client
          .account()
          .setLeverage(inst, BigDecimal.TEN, MgnMode.ISOLATED, Optional.of(PosSide.LONG));
      if (this == MARGIN_CORRECTION) {
        client.trade().placeOrder(order(inst, "90", "setupcro"));
        client.account().addMargin(inst, PosSide.LONG, new BigDecimal("11.29")); // 9 + 11.29
        return;
      }
      client.trade().placeOrder(order(inst, "0.66", "setupsol"));
      world.emulator.control().setMarkPrice(inst, new BigDecimal("148.35")); // -11% at 10x
      if (this == TIMEOUT_AFTER_EXECUTION) {
        world
            .emulator
            .control()
            .addFaultPlan(Faults.plan(Faults.timeoutAfterExecution(CrashWorld.ACCOUNT, 1, 0)));
      }
    }

    private static OrderRequest order(String inst, String size, String id) {
      return OrderRequest.market(
          inst, MgnMode.ISOLATED, Side.BUY, PosSide.LONG, new BigDecimal(size), id);
    }
  }

  /** What must be the same after a crash and a resume as after an uninterrupted run. */
  private record EndState(
      String status,
      int countAfter,
      List<String> orders,
      List<String> marginSteps,
      String position,
      String balance,
      int executedOrders) {}

  private static EndState endState(CrashWorld world, Scenario scenario) {
    ProcedureReport report =
        world.reports.list(ProcedureQuery.newest(5).withSlot(scenario.slot)).get(0);
    Account account = world.emulator.engine().accounts().byName(CrashWorld.ACCOUNT).orElseThrow();
    List<String> executed =
        world.emulator.engine().finishedOrders(account).stream()
            .map(OrderSnapshot::clOrdId)
            .toList();
    assertThat(executed).as("no order executed twice").doesNotHaveDuplicates();
    return new EndState(
        report.status().name(),
        report.countAfter(),
        report.orders().stream()
            .map(o -> o.step() + " " + o.purpose() + " " + o.report().filled().toPlainString())
            .toList(),
        report.marginSteps().stream().map(s -> s.change() + " " + s.applied()).toList(),
        world.exchange.position(scenario.slot).map(p -> p.size() + "/" + p.margin()).orElse("-"),
        world.exchange.availableBalance(scenario.slot.account()).toString(),
        executed.size());
  }

  private static EndState uninterrupted(Scenario scenario) throws Exception {
    try (CrashWorld world = new CrashWorld()) {
      scenario.setUp(world);
      ProcedureRunner runner = world.start(world.journal, scenario.slot);
      Submission.Started started = (Submission.Started) runner.submit(command(scenario));
      started.done().get(60, TimeUnit.SECONDS);
      runner.close();
      return endState(world, scenario);
    }
  }

  private static ProcedureCommand command(Scenario scenario) {
    return ProcedureCommand.of(scenario.type, scenario.slot, Trigger.rule("test"));
  }

  static Stream<Arguments> crashPoints() throws Exception {
    return Stream.of(Scenario.values())
        .flatMap(
            scenario -> {
              int writes = countWrites(scenario);
              return IntStream.rangeClosed(1, writes)
                  .boxed()
                  .flatMap(
                      n ->
                          Stream.of(
                              Arguments.of(scenario, n, true), Arguments.of(scenario, n, false)));
            });
  }

  private static int countWrites(Scenario scenario) {
    try (CrashWorld world = new CrashWorld()) {
      scenario.setUp(world);
      CrashingJournal counting = new CrashingJournal(world.journal, 0, false);
      ProcedureRunner runner = world.start(counting, scenario.slot);
      ((Submission.Started) runner.submit(command(scenario))).done().get(60, TimeUnit.SECONDS);
      runner.close();
      return counting.writes();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @ParameterizedTest(name = "{0}: stopped {2} write {1}")
  @MethodSource("crashPoints")
  void aStoppedKeeperResumesToTheSameEndStateWithoutSendingAnyOrderTwice(
      Scenario scenario, int write, boolean beforeKeeping) throws Exception {
    EndState expected = uninterrupted(scenario);
    try (CrashWorld world = new CrashWorld()) {
      scenario.setUp(world);
      CrashingJournal crashing = new CrashingJournal(world.journal, write, beforeKeeping);
      ProcedureRunner first = world.start(crashing, scenario.slot);
      try {
        first.submit(command(scenario));
      } catch (CrashingJournal.Crash e) {
        // the crash hit the first write, in the caller's thread
      }
      assertThat(crashing.crashed.await(30, TimeUnit.SECONDS)).isTrue();
      first.close();

      ProcedureRunner second = world.start(world.journal, scenario.slot);
      second.resumeUnfinished();
      if (world.store.unfinished().isEmpty()
          && world.reports.list(ProcedureQuery.newest(5).withSlot(scenario.slot)).isEmpty()) {
        // stopped before the procedure began: nothing was recorded and nothing was sent
        assertThat(
                world
                    .emulator
                    .engine()
                    .finishedOrders(
                        world
                            .emulator
                            .engine()
                            .accounts()
                            .byName(CrashWorld.ACCOUNT)
                            .orElseThrow()))
            .hasSize(1);
        second.close();
        return;
      }
      await().atMost(Duration.ofSeconds(60)).until(() -> world.store.unfinished().isEmpty());
      second.close();

      assertThat(endState(world, scenario)).isEqualTo(expected);
    }
  }
}
