package io.anchorkeeper.app.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.anchorkeeper.app.engine.KeeperEngine;
import io.anchorkeeper.app.okx.Faults;
import io.anchorkeeper.app.persistence.ProcedureQuery;
import io.anchorkeeper.app.persistence.ReportRepository;
import io.anchorkeeper.app.security.ApiTokens;
import io.anchorkeeper.app.security.BearerTokens;
import io.anchorkeeper.core.position.PositionSnapshot;
import io.anchorkeeper.core.record.ProcedureReport;
import io.anchorkeeper.core.record.ProcedureType;
import io.anchorkeeper.core.slot.SlotId;
import io.anchorkeeper.okx.emulator.engine.Account;
import io.anchorkeeper.okx.emulator.engine.OrderSnapshot;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * SPEC invariant 2: the API and the rule ask for the same slot at the same moment; one procedure
 * runs, the other request is answered "busy".
 */
@PaperKeeperTest
class ConcurrentRequestsTest {

  private static final SlotId AAVE = SlotId.of("sub03", "AAVE-USDT-SWAP", "long");

  @Autowired PaperExchange paper;
  @Autowired KeeperEngine engine;
  @Autowired ReportRepository reports;
  @Autowired ApiTokens tokens;
  @LocalServerPort int port;

  @Test
  void theApiAndTheRuleTriggeringOneSlotAtOnceRunOneProcedure() throws Exception {
    await().atMost(Duration.ofSeconds(30)).until(() -> engine.book().position(AAVE).isPresent());
    PositionSnapshot before = engine.book().position(AAVE).get();
    BigDecimal mark =
        before
            .averagePrice()
            .value()
            .multiply(new BigDecimal("0.989"))
            .setScale(2, RoundingMode.DOWN);
    HttpRequest maintain =
        HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/api/anchor/super-maintain"))
            .header("Content-Type", "application/json")
            .header("Authorization", BearerTokens.authorization(tokens, "concurrent"))
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "{\"account\":\"sub03\",\"inst_id\":\"AAVE-USDT-SWAP\",\"pos_side\":\"long\"}"))
            .build();
    // Each order takes 400 ms to reach the exchange, so the first procedure is surely still
    // running when the second request arrives.
    String slow =
        paper
            .emulator()
            .control()
            .addFaultPlan(Faults.plan(Faults.latency("POST", Faults.PLACE, "sub03", 400)));
    CountDownLatch go = new CountDownLatch(1);

    CompletableFuture<HttpResponse<String>> api =
        CompletableFuture.supplyAsync(
            () -> {
              waitFor(go);
              try {
                return HttpClient.newHttpClient()
                    .send(maintain, HttpResponse.BodyHandlers.ofString());
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    CompletableFuture<Void> rule =
        CompletableFuture.runAsync(
            () -> {
              waitFor(go);
              paper.emulator().control().setMarkPrice(AAVE.instrument().value(), mark);
            });
    go.countDown();
    HttpResponse<String> answer = api.get();
    rule.get();
    paper.emulator().control().removeFaultPlan(slow);

    assertThat(answer.statusCode()).as(answer.body()).isIn(200, 409);
    assertThat(answer.statusCode() == 200 || answer.body().contains("busy")).isTrue();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> engine.view(AAVE).orElseThrow().running().isEmpty() && !maintenances().isEmpty());
    Thread.sleep(500);
    assertThat(maintenances()).hasSize(1);
    ProcedureReport report = maintenances().get(0);
    assertThat(report.countAfter()).isEqualTo(1);
    if (answer.statusCode() == 409) {
      assertThat(answer.body()).contains(report.request().id().value());
    }
    Account sub03 = paper.emulator().engine().accounts().byName("sub03").orElseThrow();
    List<OrderSnapshot> aaveOrders =
        paper.emulator().engine().finishedOrders(sub03).stream()
            .filter(o -> o.instId().equals(AAVE.instrument().value()))
            .toList();
    assertThat(aaveOrders).as("one auto-open and one maintenance of three orders").hasSize(4);
  }

  private List<ProcedureReport> maintenances() {
    return reports.list(
        ProcedureQuery.newest(50).withSlot(AAVE).withTypes(ProcedureType.SUPER_MAINTENANCE));
  }

  private static void waitFor(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
