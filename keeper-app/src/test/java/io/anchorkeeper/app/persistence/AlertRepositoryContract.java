package io.anchorkeeper.app.persistence;

import static io.anchorkeeper.app.persistence.CoreSamples.MAIN_SHORT;
import static io.anchorkeeper.app.persistence.CoreSamples.SUB_LONG;
import static io.anchorkeeper.app.persistence.CoreSamples.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.anchorkeeper.core.notify.Alert;
import io.anchorkeeper.core.notify.AlertKind;
import io.anchorkeeper.core.notify.Severity;
import io.anchorkeeper.core.slot.AccountName;
import io.anchorkeeper.core.value.Ratio;
import io.anchorkeeper.core.value.Usdt;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link AlertRepository}: alerts saved as raised and listed newest first. */
abstract class AlertRepositoryContract extends RepositoryContract {

  private final Alert tier =
      new Alert(
          AlertKind.PROFIT_TIER,
          Severity.CRITICAL,
          Optional.of(SUB_LONG),
          Optional.of(Ratio.of("-0.1078")),
          Optional.of(Ratio.of("-0.10")),
          Optional.empty(),
          Optional.empty(),
          "",
          T0);
  private final Alert offBand =
      new Alert(
          AlertKind.MARGIN_OFF_BAND,
          Severity.WARNING,
          Optional.of(MAIN_SHORT),
          Optional.empty(),
          Optional.empty(),
          Optional.of(Usdt.of("20.29")),
          Optional.of(Usdt.of("10")),
          "margin 20.29 U, band 9.50–10.50 USDT",
          T0.plus(Duration.ofMinutes(1)));
  private final Alert unreachable =
      new Alert(
          AlertKind.EXCHANGE_UNREACHABLE,
          Severity.NOTICE,
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          "50001 Service temporarily unavailable",
          T0.plus(Duration.ofMinutes(2)));

  @Test
  void savesAnAlertWithEveryFieldAndReadsItBack() {
    long id = alerts.save(offBand);

    assertThat(alerts.list(AlertQuery.newest(10))).containsExactly(new SavedAlert(id, offBand));
  }

  @Test
  void givesLaterAlertsLargerIdsAndListsThemNewestFirst() {
    long first = alerts.save(tier);
    long second = alerts.save(offBand);
    long third = alerts.save(unreachable);

    assertThat(second).isGreaterThan(first);
    assertThat(third).isGreaterThan(second);
    assertThat(alerts.list(AlertQuery.newest(10)))
        .extracting(SavedAlert::alert)
        .containsExactly(unreachable, offBand, tier);
    assertThat(alerts.list(AlertQuery.newest(1))).extracting(SavedAlert::id).containsExactly(third);
  }

  @Test
  void filtersByAccountSlotKindSeverityAndTime() {
    List.of(tier, offBand, unreachable).forEach(alerts::save);
    AlertQuery all = AlertQuery.newest(10);

    assertThat(list(all.withAccount(AccountName.of("Wu666666")))).containsExactly(tier);
    assertThat(list(all.withSlot(MAIN_SHORT))).containsExactly(offBand);
    assertThat(list(all.withKinds(AlertKind.PROFIT_TIER, AlertKind.EXCHANGE_UNREACHABLE)))
        .containsExactly(unreachable, tier);
    assertThat(list(all.withMinSeverity(Severity.WARNING))).containsExactly(offBand, tier);
    assertThat(list(all.withMinSeverity(Severity.INFO)))
        .containsExactly(unreachable, offBand, tier);
    assertThat(list(all.between(T0.plusSeconds(1), T0.plus(Duration.ofMinutes(2)))))
        .containsExactly(offBand);
  }

  @Test
  void everyKindAndSeverityIsAcceptedByTheSchema() {
    for (AlertKind kind : AlertKind.values()) {
      for (Severity severity : Severity.values()) {
        alerts.save(
            new Alert(
                kind,
                severity,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                kind + " " + severity,
                T0));
      }
    }

    assertThat(rows("alerts"))
        .isEqualTo((long) AlertKind.values().length * Severity.values().length);
  }

  private List<Alert> list(AlertQuery query) {
    return alerts.list(query).stream().map(SavedAlert::alert).toList();
  }
}
