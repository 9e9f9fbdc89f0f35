package io.anchorkeeper.app.okx;

import static io.anchorkeeper.app.okx.TestEmulators.BTC;
import static org.assertj.core.api.Assertions.assertThat;

import io.anchorkeeper.core.id.ProcedureId;
import io.anchorkeeper.core.journal.OrderSubmitted;
import io.anchorkeeper.core.procedure.Pause;
import io.anchorkeeper.core.procedure.ProcedureContext;
import io.anchorkeeper.core.procedure.Procedures;
import io.anchorkeeper.core.procedure.RetryPolicy;
import io.anchorkeeper.core.record.ProcedureReport;
import io.anchorkeeper.core.record.ProcedureRequest;
import io.anchorkeeper.core.record.ProcedureStatus;
import io.anchorkeeper.core.record.ProcedureType;
import io.anchorkeeper.core.record.Trigger;
import io.anchorkeeper.core.settings.AnchorSettings;
import io.anchorkeeper.core.slot.AnchorSlot;
import io.anchorkeeper.core.slot.SlotId;
import io.anchorkeeper.core.value.Contracts;
import io.anchorkeeper.okx.emulator.OkxEmulator;
import io.anchorkeeper.okx.emulator.control.AccountReport;
import io.anchorkeeper.okx.emulator.engine.OrderSnapshot;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A core super maintenance through the OKX adapter while the emulator executes the open order but
 * holds its answer past the client's timeout: the core finds the order by its client id and goes
 * on, and no order executes twice.
 */
class OkxMaintenanceRecoveryTest {

  private static final Duration CLIENT_TIMEOUT = Duration.ofMillis(600);
  private OkxEmulator emulator;
  private OkxRig rig;
  private SlotId slot;

  @BeforeEach
  void start() {
    emulator = TestEmulators.virtual();
    rig =
        new OkxRig(
            emulator, OkxAdapterSettings.forRetryPolicy(RetryPolicy.DEFAULT), CLIENT_TIMEOUT);
    OkxAccount account = rig.add(TestEmulators.newSub(emulator, "10000"));
    slot = SlotId.of(account.name().value(), BTC, "long");
    rig.exchange.placeMarketOrder(Orders.open(slot, "0.2")); // the anchor to maintain
  }

  @AfterEach
  void stop() {
    rig.close();
    emulator.close();
  }

  @Test
  void aTimeoutAfterTheOpenIsResolvedByClientIdAndNothingExecutesTwice() {
    // the maintenance's second order (the open) executes, its answer is held past the timeout
    emulator
        .control()
        .addFaultPlan(
            Faults.plan(
                Faults.timeoutAfterExecution(
                    slot.account().value(), 1, CLIENT_TIMEOUT.toMillis() * 3)));
    emulator.control().clearRequests();
    RecordingJournal journal = new RecordingJournal();
    ProcedureContext context =
        new ProcedureContext(
            rig.exchange, journal, Clock.systemUTC(), Pause.sleeping(), RetryPolicy.DEFAULT);
    ProcedureRequest request =
        ProcedureRequest.of(
            ProcedureId.generate(Clock.systemUTC(), new SplittableRandom(9)),
            ProcedureType.SUPER_MAINTENANCE,
            AnchorSlot.sub(slot, 0),
            Trigger.manual("test"),
            Clock.systemUTC().instant());

    ProcedureReport report = Procedures.start(request, AnchorSettings.defaults(), context).run();

    assertThat(report.status()).isEqualTo(ProcedureStatus.COMPLETED);
    // close 0.2; open 100 U at 10x = 1 contract; keep 10 U = 0.1 contract
    assertThat(report.orders())
        .extracting(o -> o.report().filled())
        .containsExactly(Contracts.of("0.2"), Contracts.of(1), Contracts.of("0.9"));
    assertThat(report.remainingSize()).contains(Contracts.of("0.1"));
    assertThat(journal.events().stream().filter(OrderSubmitted.class::isInstance)).hasSize(3);

    long sent =
        emulator.control().requests().stream()
            .filter(r -> r.method().equals("POST") && r.path().equals(Faults.PLACE))
            .count();
    assertThat(sent).isEqualTo(3);
    assertThat(emulator.control().faultPlans().get(0).remaining()).containsExactly(0);
    String open = report.orders().get(1).report().clientOrderId().value();
    assertThat(emulator.control().requests())
        .as("the open order was looked up by its client id")
        .anyMatch(r -> r.method().equals("GET") && r.path().contains("clOrdId=" + open));
    AccountReport account = emulator.control().account(slot.account().value());
    List<String> executed =
        account.recentOrders().stream()
            .map(OrderSnapshot::clOrdId)
            .filter(id -> id.startsWith(request.id().value()))
            .toList();
    assertThat(executed).hasSize(3).doesNotHaveDuplicates();
    assertThat(account.positions()).hasSize(1);
  }
}
