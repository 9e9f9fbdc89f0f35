package io.anchorkeeper.bench.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.anchorkeeper.bench.report.RunReport;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scenarios at a smoke size: they run end to end (a real keeper JVM against the emulator) and
 * their outcomes hold. No wall-clock time is asserted: timings are the benchmark's to report, on
 * the machine it runs on, not a test's to judge.
 */
class ScenarioSmokeTest {

  @TempDir Path work;

  @Test
  void theMaintenanceScenarioMaintainsTheSlotEveryTrialWithThreeOrders() throws Exception {
    RunReport report =
        new MaintenanceScenario().run(new Options(List.of("--trials=2", "--latency-ms=0")), work);

    assertThat(report.figures().get("completed")).isEqualTo(2);
    // Pre-check (position and balance side by side), close, open, trim, final read.
    assertThat((Long) report.figures().get("requestsPerProcedureMax")).isBetween(4L, 6L);
    assertThat(report.lines()).singleElement().asString().startsWith("| maintenance");
  }

  @Test
  void theCorrectionScenarioBringsTheMarginIntoItsBandWithinSixRoundTrips() throws Exception {
    RunReport report =
        new CorrectionScenario().run(new Options(List.of("--trials=2", "--latency-ms=0")), work);

    assertThat(report.figures().get("inBand")).isEqualTo(2L);
    @SuppressWarnings("unchecked")
    List<Long> roundTrips = (List<Long>) report.figures().get("roundTripsPerCorrection");
    assertThat(roundTrips).hasSize(2).allSatisfy(n -> assertThat(n).isBetween(3L, 6L));
    @SuppressWarnings("unchecked")
    List<String> margins = (List<String>) report.figures().get("endMargins");
    assertThat(margins)
        .allSatisfy(
            m ->
                assertThat(new BigDecimal(m))
                    .isBetween(CorrectionScenario.BAND_LOW, CorrectionScenario.BAND_HIGH));
  }

  @Test
  void theScaleScenarioMissesNoTriggerAndHearsNoRateLimit() throws Exception {
    RunReport report =
        new ScaleScenario()
            .run(
                new Options(
                    List.of(
                        "--accounts=6",
                        "--slots=3",
                        "--instruments=6",
                        "--settle-seconds=1",
                        "--steady-seconds=3",
                        "--trials=6",
                        "--polling-trials=0")),
                work);

    Map<String, Object> f = report.figures();
    assertThat(f.get("trialsRun")).isEqualTo(6);
    assertThat(f.get("trialsMissed")).isEqualTo(0);
    assertThat(f.get("trialsCompleted")).isEqualTo(6);
    assertThat(f.get("proceduresOnOtherSlotsDuringTrials")).isEqualTo(0L);
    assertThat(f.get("answers50011")).isEqualTo(0L);
    assertThat(f.get("trialsWithoutKeeperStamps")).isEqualTo(0);
  }
}
