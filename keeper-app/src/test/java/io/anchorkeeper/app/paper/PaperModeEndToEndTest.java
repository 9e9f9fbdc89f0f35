package io.anchorkeeper.app.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.anchorkeeper.app.engine.KeeperEngine;
import io.anchorkeeper.app.notify.DashboardFeed;
import io.anchorkeeper.app.notify.FeedEntry;
import io.anchorkeeper.app.persistence.ProcedureQuery;
import io.anchorkeeper.app.persistence.ReportRepository;
import io.anchorkeeper.app.persistence.SlotRepository;
import io.anchorkeeper.core.position.PositionSnapshot;
import io.anchorkeeper.core.record.ExecutedOrder;
import io.anchorkeeper.core.record.ProcedureReport;
import io.anchorkeeper.core.record.ProcedureStatus;
import io.anchorkeeper.core.record.ProcedureType;
import io.anchorkeeper.core.slot.SlotId;
import io.anchorkeeper.core.value.Price;
import io.anchorkeeper.core.value.Usdt;
import io.anchorkeeper.okx.emulator.engine.Account;
import io.anchorkeeper.okx.emulator.engine.OrderSnapshot;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The keeper in paper mode, end to end over real HTTP and WebSocket to the embedded emulator:
 * prices stand still unless the test moves them through the emulator's control API.
 */
@PaperKeeperTest
class PaperModeEndToEndTest {

  private static final SlotId CRO = SlotId.of("sub01", "CRO-USDT-SWAP", "long");
  private static final SlotId SOL = SlotId.of("sub02", "SOL-USDT-SWAP", "long");

  @Autowired PaperExchange paper;
  @Autowired KeeperEngine engine;
  @Autowired ReportRepository reports;
  @Autowired SlotRepository slots;
  @Autowired DashboardFeed feed;

  private List<ProcedureReport> reportsOf(SlotId slot, ProcedureType type) {
    return reports.list(ProcedureQuery.newest(100).withSlot(slot).withTypes(type));
  }

  @Test
  void theSeedsCroMarginOf2029IsBroughtIntoItsBandInOnePass() {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> !reportsOf(CRO, ProcedureType.MARGIN_CORRECTION).isEmpty());

    ProcedureReport report = reportsOf(CRO, ProcedureType.MARGIN_CORRECTION).get(0);
    assertThat(report.status()).isEqualTo(ProcedureStatus.COMPLETED);
    assertThat(report.marginSteps())
        .extracting(s -> s.change().toString() + " from " + s.marginBefore().toCentsString())
        .containsExactly("reduce 5.00 USDT from 20.29 USDT", "reduce 5.00 USDT from 15.29 USDT");
    assertThat(report.remainingMargin()).contains(Usdt.of("10.29"));
  }

  @Test
  void aPricePushedPastMinusTenPercentRunsOneSuperMaintenanceWithTheRightSizes() {
    await().atMost(Duration.ofSeconds(30)).until(() -> engine.book().position(SOL).isPresent());
    PositionSnapshot before = engine.book().position(SOL).get();
    BigDecimal entry = before.averagePrice().value();
    // 11% below entry at 10x: profit rate -11%, past the -10% trigger. SOL ticks are 0.01.
    BigDecimal mark = entry.multiply(new BigDecimal("0.989")).setScale(2, RoundingMode.DOWN);

    paper.emulator().control().setMarkPrice(SOL.instrument().value(), mark);

    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> !reportsOf(SOL, ProcedureType.SUPER_MAINTENANCE).isEmpty());
    List<ProcedureReport> done = reportsOf(SOL, ProcedureType.SUPER_MAINTENANCE);
    assertThat(done).hasSize(1);
    ProcedureReport report = done.get(0);
    assertThat(report.status()).isEqualTo(ProcedureStatus.COMPLETED);

    // SOL: ctVal 1, lot 0.01. Open 100 U at 10x: 100·10/mark, down to the lot; keep 10 U (the
    // target for count 1): 10·10/mark to the nearest lot; trim the rest.
    BigDecimal open = new BigDecimal("1000").divide(mark, 2, RoundingMode.DOWN);
    BigDecimal keep = new BigDecimal("100").divide(mark, 2, RoundingMode.HALF_UP);
    assertThat(report.orders())
        .extracting(o -> o.purpose() + " " + o.report().filled().toPlainString())
        .containsExactly(
            "CLOSE_OLD " + before.size().toPlainString(),
            "OPEN " + open.stripTrailingZeros().toPlainString(),
            "TRIM " + open.subtract(keep).stripTrailingZeros().toPlainString());
    assertThat(report.orders())
        .extracting(ExecutedOrder::report)
        .allSatisfy(r -> assertThat(r.averagePrice()).contains(Price.of(mark)));
    assertThat(report.remainingSize()).map(c -> c.value().compareTo(keep)).contains(0);
    assertThat(report.countBefore()).isZero();
    assertThat(report.countAfter()).isEqualTo(1);
    assertThat(slots.find(SOL).orElseThrow().slot().maintenanceCount()).isEqualTo(1);

    await().atMost(Duration.ofSeconds(5)).until(() -> maintenanceNotices(SOL).size() == 1);
    assertThat(maintenanceNotices(SOL).get(0).text()).contains("SOL-USDT-SWAP").contains("Step 3");

    Account sub02 = paper.emulator().engine().accounts().byName("sub02").orElseThrow();
    List<String> ids =
        paper.emulator().engine().finishedOrders(sub02).stream()
            .map(OrderSnapshot::clOrdId)
            .filter(id -> id != null && id.startsWith(report.request().id().value()))
            .toList();
    assertThat(ids).hasSize(3).doesNotHaveDuplicates();
  }

  private List<FeedEntry> maintenanceNotices(SlotId slot) {
    return feed.latest(500).stream()
        .filter(e -> e.kind().equals(ProcedureType.SUPER_MAINTENANCE.name()))
        .filter(e -> e.slot().equals(Optional.of(slot)))
        .toList();
  }
}
