package io.anchorkeeper.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.anchorkeeper.app.engine.KeeperEngine;
import io.anchorkeeper.app.engine.ProcedureCommand;
import io.anchorkeeper.app.engine.Submission;
import io.anchorkeeper.app.okx.Faults;
import io.anchorkeeper.app.paper.PaperExchange;
import io.anchorkeeper.app.persistence.ProcedureQuery;
import io.anchorkeeper.app.persistence.ReportRepository;
import io.anchorkeeper.app.web.history.SlotSampleRepository;
import io.anchorkeeper.core.record.ProcedureStatus;
import io.anchorkeeper.core.record.ProcedureType;
import io.anchorkeeper.core.record.Trigger;
import io.anchorkeeper.core.slot.SlotId;
import io.anchorkeeper.core.value.Ratio;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Manual actions over real HTTP: the confirmation shows the planned orders, and confirming goes
 * through the engine's runner, answering completed, refused, busy or applied.
 */
@DashboardTest
class DashboardActionsTest {

  private static final SlotId SOL = SlotId.of("sub02", "SOL-USDT-SWAP", "long");
  private static final SlotId XRP = SlotId.of("sub02", "XRP-USDT-SWAP", "short");
  private static final SlotId BTC = SlotId.of("main", "BTC-USDT-SWAP", "long");
  private static final SlotId ETH = SlotId.of("main", "ETH-USDT-SWAP", "short");
  private static final SlotId APT = SlotId.of("sub03", "APT-USDT-SWAP", "short");
  private static final SlotId CRO = SlotId.of("sub01", "CRO-USDT-SWAP", "long");

  @LocalServerPort int port;
  @Autowired KeeperEngine engine;
  @Autowired ReportRepository reports;
  @Autowired PaperExchange paper;
  @Autowired SlotSampleRepository samples;

  private DashboardClient client;

  @BeforeEach
  void openSession() {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> engine.views().stream().filter(v -> v.position().isPresent()).count() == 8);
    client = new DashboardClient(port);
  }

  @Test
  void theConfirmationOfASuperMaintenanceShowsCloseOpenAndTrimAtTheCurrentMark() {
    String size = engine.view(SOL).orElseThrow().position().orElseThrow().size().toPlainString();

    String dialog = client.fragment(confirm("super-maintain", SOL)).body();

    assertThat(dialog)
        .doesNotContain("<html")
        .contains("id=\"planned-orders\"")
        .contains("data-kind=\"close_old\"")
        .contains("data-kind=\"open\"")
        .contains("data-kind=\"trim\"")
        .contains("data-kind=\"keep\"")
        .contains("Estimate at current mark")
        .contains("name=\"expected_size\" value=\"" + size + "\"")
        .contains("id=\"confirm-go\"");
    assertThat(client.get(confirm("super-maintain", SOL)).body()).contains("<html");
  }

  @Test
  void aConfirmedSuperMaintenanceRunsThroughTheRunnerAnswersWithItsRecordAndIsSampled() {
    String size = engine.view(SOL).orElseThrow().position().orElseThrow().size().toPlainString();

    HttpResponse<String> answer =
        client.post("/dashboard/actions/run", form("super-maintain", SOL, size));

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    assertThat(answer.body()).contains("data-outcome=\"completed\"").contains("closed " + size);
    var done =
        reports.list(
            ProcedureQuery.newest(5).withSlot(SOL).withTypes(ProcedureType.SUPER_MAINTENANCE));
    assertThat(done).hasSize(1);
    assertThat(done.get(0).status()).isEqualTo(ProcedureStatus.COMPLETED);
    assertThat(done.get(0).request().trigger().requestedBy()).startsWith("dashboard:");
    assertThat(answer.body()).contains(done.get(0).request().id().value());
    Instant finished = done.get(0).finishedAt();
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                samples.between(SOL, finished, finished.plusSeconds(60), 10).stream()
                    .anyMatch(s -> s.size().equals(done.get(0).remainingSize().orElseThrow())));
  }

  @Test
  void aMaintenanceConfirmedForAnotherSizeIsRefusedWithTheReason() {
    String confirmation = client.fragment(confirm("maintain", BTC)).body();

    HttpResponse<String> answer = client.post("/dashboard/actions/run", form("maintain", BTC, "5"));

    assertThat(confirmation).contains("data-kind=\"close_old\"").contains("data-kind=\"trim\"");
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(422);
    assertThat(answer.body()).contains("data-outcome=\"refused\"").contains("holds");
  }

  @Test
  void aSlotRunningAProcedureAnswersBusyWithItsId() throws Exception {
    String slow =
        paper
            .emulator()
            .control()
            .addFaultPlan(Faults.plan(Faults.latency("POST", Faults.PLACE, "sub02", 700)));
    try {
      Submission started =
          engine.submit(
              ProcedureCommand.of(
                  ProcedureType.SUPER_MAINTENANCE, XRP, Trigger.manual("test:busy")));
      assertThat(started).isInstanceOf(Submission.Started.class);
      String running = ((Submission.Started) started).id().value();

      String dialog = client.fragment(confirm("super-maintain", XRP)).body();
      HttpResponse<String> answer =
          client.post("/dashboard/actions/run", form("correct-margin", XRP, null));

      assertThat(dialog).contains("id=\"confirm-busy\"").contains(running);
      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(409);
      assertThat(answer.body()).contains("data-outcome=\"busy\"").contains(running);
      ((Submission.Started) started).done().get(60, TimeUnit.SECONDS);
    } finally {
      paper.emulator().control().removeFaultPlan(slow);
    }
  }

  @Test
  void aSlotIsPausedAndResumedThroughTheEngine() {
    HttpResponse<String> paused = client.post("/dashboard/actions/run", form("pause", APT, null));

    assertThat(paused.statusCode()).isEqualTo(200);
    assertThat(paused.body()).contains("data-outcome=\"applied\"");
    assertThat(engine.view(APT).orElseThrow().config().paused()).isTrue();
    assertThat(client.get("/dashboard/slots/sub03/APT-USDT-SWAP/short").body())
        .contains("id=\"slot-status\" class=\"badge st-paused\"");

    assertThat(client.post("/dashboard/actions/run", form("resume", APT, null)).statusCode())
        .isEqualTo(200);
    assertThat(engine.view(APT).orElseThrow().config().paused()).isFalse();
  }

  @Test
  void anAccountIsPausedAndResumedAsAWhole() {
    String dialog =
        client.fragment("/dashboard/actions/account/confirm?account=sub03&paused=true").body();
    assertThat(dialog).contains("sub03/AAVE-USDT-SWAP/long").contains("sub03/APT-USDT-SWAP/short");
    try {
      HttpResponse<String> answer =
          client.post("/dashboard/actions/account", Map.of("account", "sub03", "paused", "true"));

      assertThat(answer.statusCode()).isEqualTo(200);
      assertThat(engine.slots().ofAccount(APT.account())).allMatch(s -> s.paused());
    } finally {
      client.post("/dashboard/actions/account", Map.of("account", "sub03", "paused", "false"));
    }
    assertThat(engine.slots().ofAccount(APT.account())).noneMatch(s -> s.paused());
  }

  @Test
  void aParameterChangeIsReviewedThenAppliedBySpecName() {
    Map<String, String> change = slotForm(ETH);
    change.put("set.alert_notice", "-4%");
    change.put("set.trigger_loss", "");
    Map<String, String> invalid = slotForm(ETH);
    invalid.put("set.trigger_loss", "ten");

    String review = client.post("/dashboard/actions/settings/preview", change).body();
    String refused = client.post("/dashboard/actions/settings/preview", invalid).body();
    HttpResponse<String> applied = client.post("/dashboard/actions/settings", change);

    assertThat(review)
        .contains("alert_notice")
        .contains("-5%")
        .contains("-4%")
        .contains("confirm-go");
    assertThat(refused)
        .contains("id=\"settings-problem\"")
        .contains("trigger_loss")
        .doesNotContain("confirm-go");
    assertThat(applied.statusCode()).isEqualTo(200);
    assertThat(engine.view(ETH).orElseThrow().settings().alertThresholds().notice())
        .isEqualTo(Ratio.ofPercent("-4"));
  }

  @Test
  void aCorrectionOfAMarginInsideItsBandShowsThatNothingWouldBeDone() {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                !reports
                    .list(
                        ProcedureQuery.newest(5)
                            .withSlot(CRO)
                            .withTypes(ProcedureType.MARGIN_CORRECTION))
                    .isEmpty());

    String dialog = client.fragment(confirm("correct-margin", CRO)).body();

    assertThat(dialog)
        .contains("id=\"confirm-refusal\"")
        .contains("inside the band")
        .doesNotContain("confirm-go");
  }

  @Test
  void unknownActionsAndSlotsAreRefusedBeforeAnythingRuns() {
    assertThat(client.fragment(confirm("liquidate", SOL)).statusCode()).isEqualTo(400);
    assertThat(
            client
                .post(
                    "/dashboard/actions/run",
                    form("super-maintain", SlotId.of("sub09", "SOL-USDT-SWAP", "long"), null))
                .statusCode())
        .isEqualTo(404);
  }

  private static String confirm(String action, SlotId slot) {
    return "/dashboard/actions/confirm?action="
        + action
        + "&account="
        + slot.account().value()
        + "&inst_id="
        + slot.instrument().value()
        + "&pos_side="
        + slot.side().code();
  }

  private static Map<String, String> form(String action, SlotId slot, String expectedSize) {
    Map<String, String> form = slotForm(slot);
    form.put("action", action);
    if (expectedSize != null) {
      form.put("expected_size", expectedSize);
    }
    return form;
  }

  private static Map<String, String> slotForm(SlotId slot) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("account", slot.account().value());
    form.put("inst_id", slot.instrument().value());
    form.put("pos_side", slot.side().code());
    return form;
  }
}
