package io.anchorkeeper.core.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anchorkeeper.core.fixtures.FakeExchange.Fault;
import io.anchorkeeper.core.fixtures.Instruments;
import io.anchorkeeper.core.fixtures.SimulatedCrash;
import io.anchorkeeper.core.record.ExecutedOrder;
import io.anchorkeeper.core.record.ProcedureReport;
import io.anchorkeeper.core.record.ProcedureRequest;
import io.anchorkeeper.core.record.ProcedureType;
import io.anchorkeeper.core.slot.AnchorSlot;
import io.anchorkeeper.core.slot.SlotId;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * SPEC invariant 4: a crash at any journaled point resumes, from the journal and the exchange's
 * answers, to the same end state as an uninterrupted run, and no order is sent twice. Each case
 * stops the run at one journal write (losing that write, or right after keeping it) and resumes it
 * as a restarted keeper would.
 */
class CrashRecoveryTest {

  private static final SlotId CRO_SUB = SlotId.of("Wu666666", "CRO-USDT-SWAP", "long");

  private enum Scenario {
    SUPER_MAINTENANCE(
        ProcedureType.SUPER_MAINTENANCE,
        kit ->
            kit.exchange
                .instrument(Instruments.CRO, "0.0989")
                .balance("Wu666666", "200")
                .position(CRO_SUB, "108", "0.1", 10)),
    MAINTENANCE_WITH_TIMEOUT_AFTER_EXECUTION(
        ProcedureType.SUPER_MAINTENANCE,
        kit -> {
          SUPER_MAINTENANCE.setUp.accept(kit);
          kit.exchange.failOrderCall(2, Fault.UNKNOWN_AFTER_EXECUTION);
        }),
    MARGIN_CORRECTION(
        ProcedureType.MARGIN_CORRECTION,
        kit ->
            kit.exchange
                .instrument(Instruments.CRO, "0.0953")
                .balance("Wu666666", "40")
                .position(CRO_SUB, "108", "0.086", 10)
                .margin(CRO_SUB, "20.29"));

    final ProcedureType type;
    final Consumer<ProcedureKit> setUp;

    Scenario(ProcedureType type, Consumer<ProcedureKit> setUp) {
      this.type = type;
      this.setUp = setUp;
    }

    ProcedureKit kit() {
      ProcedureKit kit = new ProcedureKit();
      setUp.accept(kit);
      return kit;
    }
  }

  private record EndState(
      List<String> executedOrders,
      String position,
      String balance,
      String status,
      int countAfter,
      List<String> orders,
      List<String> marginSteps) {

    static EndState of(ProcedureKit kit, ProcedureReport report) {
      return new EndState(
          kit.exchange.executedOrders(),
          kit.exchange.position(CRO_SUB).map(p -> p.size() + "/" + p.margin()).orElse("none"),
          kit.exchange.balanceOf("Wu666666").toString(),
          report.status().name(),
          report.countAfter(),
          report.orders().stream().map(CrashRecoveryTest::describe).toList(),
          report.marginSteps().stream().map(s -> s.change() + " " + s.applied()).toList());
    }
  }

  private static String describe(ExecutedOrder order) {
    return order.report().clientOrderId().value() + " " + order.report().filled();
  }

  static Stream<Arguments> crashPoints() {
    return Stream.of(Scenario.values())
        .flatMap(
            scenario -> {
              ProcedureKit probe = scenario.kit();
              probe.run(probe.request(scenario.type, AnchorSlot.sub(CRO_SUB, 0)));
              int writes = probe.journal.writes();
              return IntStream.rangeClosed(1, writes)
                  .boxed()
                  .flatMap(
                      n ->
                          Stream.of(
                              Arguments.of(scenario, n, true), Arguments.of(scenario, n, false)));
            });
  }

  @ParameterizedTest(name = "{0}: crash {2} write {1}")
  @MethodSource("crashPoints")
  void resumesToTheSameEndStateWithoutSendingAnyOrderTwice(
      Scenario scenario, int write, boolean beforeKeeping) {
    ProcedureKit uninterrupted = scenario.kit();
    ProcedureReport expected =
        uninterrupted.run(uninterrupted.request(scenario.type, AnchorSlot.sub(CRO_SUB, 0)));

    ProcedureKit kit = scenario.kit();
    ProcedureRequest request = kit.request(scenario.type, AnchorSlot.sub(CRO_SUB, 0));
    if (beforeKeeping) {
      kit.journal.crashBeforeWrite(write);
    } else {
      kit.journal.crashAfterWrite(write);
    }
    assertThatThrownBy(() -> kit.run(request)).isInstanceOf(SimulatedCrash.class);

    if (!kit.journal.hasStarted(request.id())) {
      assertThat(kit.exchange.executedOrders()).as("nothing was sent before the start").isEmpty();
      return;
    }
    ProcedureReport resumed =
        kit.journal.report(request.id()).orElseGet(() -> kit.resume(request.id()));

    assertThat(kit.exchange.executedOrders()).doesNotHaveDuplicates();
    assertThat(EndState.of(kit, resumed)).isEqualTo(EndState.of(uninterrupted, expected));
  }
}
