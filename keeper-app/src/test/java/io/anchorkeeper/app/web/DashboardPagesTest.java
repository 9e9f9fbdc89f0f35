package io.anchorkeeper.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.anchorkeeper.app.api.Summary;
import io.anchorkeeper.app.engine.Alerts;
import io.anchorkeeper.app.engine.KeeperEngine;
import io.anchorkeeper.app.persistence.ProcedureQuery;
import io.anchorkeeper.app.persistence.ReportRepository;
import io.anchorkeeper.core.notify.Alert;
import io.anchorkeeper.core.notify.AlertKind;
import io.anchorkeeper.core.notify.Severity;
import io.anchorkeeper.core.record.ProcedureType;
import io.anchorkeeper.core.slot.SlotId;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The pages and fragments over real HTTP: content, filters, sorting, languages, errors. */
@DashboardTest
class DashboardPagesTest {

  private static final SlotId CRO = SlotId.of("sub01", "CRO-USDT-SWAP", "long");
  private static final Pattern ROW =
      Pattern.compile("data-slot=\"([^\"]+)\"[\\s\\S]*?class=\"num (?:up|down|flat)\">([^<]*)%<");

  @LocalServerPort int port;
  @Autowired KeeperEngine engine;
  @Autowired ReportRepository reports;
  @Autowired Alerts alerts;

  private DashboardClient client;

  @BeforeEach
  void openSession() {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> engine.views().stream().filter(v -> v.position().isPresent()).count() == 8);
    client = new DashboardClient(port);
  }

  @Test
  void theOverviewShowsTheSummaryCardsAndBothTablesFilled() {
    String page = client.get("/").body();
    Summary summary = Summary.of(engine.views());

    assertThat(page)
        .contains("Main account positions")
        .contains(summary.main().longs() + " long, " + summary.main().shorts() + " short")
        .contains(
            summary.subAccounts().accountsWithPositions()
                + " accounts, "
                + summary.subAccounts().positions()
                + " positions")
        .contains("Unrealised PnL")
        .contains("Margin in use");
    assertThat(rows(page)).hasSize(8);
    assertThat(rows(page).stream().filter(s -> s.startsWith("main/"))).hasSize(2);
    assertThat(page).contains("0/3").contains("CRO-USDT-SWAP").contains("10x");
  }

  @Test
  void thePositionTablesFilterByAccountAndInstrumentOnTheServer() {
    HttpResponse<String> sub01 = client.fragment("/dashboard/fragments/positions?account=sub01");
    HttpResponse<String> cro =
        client.fragment("/dashboard/fragments/positions?account=sub01&inst=CRO-USDT-SWAP");

    assertThat(rows(sub01.body()))
        .containsExactly("sub01/CRO-USDT-SWAP/long", "sub01/DOGE-USDT-SWAP/short");
    assertThat(sub01.headers().firstValue("HX-Replace-Url"))
        .contains("/?account=sub01&sort=account&dir=asc");
    assertThat(sub01.body())
        .doesNotContain("<html")
        .contains("id=\"sub-positions\"")
        .contains("data-sort=\"profit\" data-dir=\"asc\"");
    assertThat(rows(cro.body())).containsExactly("sub01/CRO-USDT-SWAP/long");
  }

  @Test
  void thePositionTablesSortByProfitRateEitherWay() {
    List<BigDecimal> descending =
        rates(client.fragment("/dashboard/fragments/positions?sort=profit&dir=desc").body());
    List<BigDecimal> ascending = rates(client.get("/?sort=profit&dir=asc").body());

    assertThat(descending).hasSize(8);
    assertThat(descending.subList(2, 8)).isSortedAccordingTo(Comparator.reverseOrder());
    assertThat(ascending.subList(2, 8)).isSortedAccordingTo(Comparator.naturalOrder());
  }

  @Test
  void aSlotPageShowsItsPositionChartCorrectionsAndParameters() {
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

    String page = client.get("/dashboard/slots/sub01/CRO-USDT-SWAP/long").body();

    assertThat(page)
        .contains("id=\"slot-chart\"")
        .contains("/dashboard/slots/sub01/CRO-USDT-SWAP/long/samples")
        .contains("Margin correction")
        .contains("20.29")
        .contains("15.29")
        .contains("trigger_loss")
        .contains("name=\"set.trigger_loss\"")
        .contains("data-action=\"super-maintain\"")
        .contains("data-action=\"correct-margin\"")
        .doesNotContain("data-action=\"maintain\"");
    assertThat(client.get("/dashboard/slots/main/BTC-USDT-SWAP/long").body())
        .contains("data-action=\"maintain\"");
  }

  @Test
  void theChartReadsTheSamplersPoints() {
    String samples = "/dashboard/slots/sub01/CRO-USDT-SWAP/long/samples?range=1h";

    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> client.get(samples).body().matches("(?s).*\"time\":\\[[0-9].*"));
    String json = client.get(samples).body();

    assertThat(json).contains("\"profit_rate\":[").contains("\"margin\":[").contains("\"stored\":");
    assertThat(client.get(samples.replace("1h", "5y")).statusCode()).isEqualTo(400);
  }

  @Test
  void theHistoryPagesListProceduresCorrectionsAlertsAndNotifications() {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> client.get("/dashboard/corrections").body().contains("20.29"));

    assertThat(client.get("/dashboard/maintenance?all=true").body())
        .contains("Margin correction")
        .contains("Client order id");
    assertThat(client.get("/dashboard/corrections?account=sub01").body()).contains("20.29");
    assertThat(client.get("/dashboard/corrections?account=sub02").body()).doesNotContain("20.29");
    assertThat(client.get("/dashboard/alerts?severity=info").statusCode()).isEqualTo(200);
    assertThat(client.fragment("/dashboard/feed").body())
        .doesNotContain("<html")
        .contains("<ol class=\"feed\">");
  }

  @Test
  void notificationTextIsShownAsFormattingNeverAsMarkup() {
    String hostile = "<script>alert('owned')</script><img src=x onerror=alert(1)>";
    alerts.raise(
        Alert.about(
            AlertKind.OWNER_DECIDES,
            Severity.WARNING,
            SlotId.of("sub01", "DOGE-USDT-SWAP", "short"),
            hostile,
            Instant.now()));

    String feed = client.get("/dashboard/feed").body();
    String alertsPage = client.get("/dashboard/alerts").body();

    assertThat(feed).doesNotContain("<script>alert").doesNotContain("<img src=x").contains("<b>");
    assertThat(feed).contains("&lt;script&gt;");
    assertThat(alertsPage).doesNotContain("<script>alert").contains("&lt;script&gt;");
  }

  @Test
  void theLanguageSwitchesToChineseAndStays() {
    String chinese = client.get("/?lang=zh").body();
    String still = client.get("/").body();
    String ignored = client.get("/?lang=fr").body();
    String english = client.get("/dashboard/alerts?lang=en").body();

    assertThat(chinese).contains("主账户总持仓").contains("子账户总持仓").contains("<html lang=\"zh\"");
    assertThat(still).contains("主账户总持仓");
    assertThat(ignored).contains("主账户总持仓");
    assertThat(english).contains("Alerts").doesNotContain("主账户总持仓");
  }

  @Test
  void anUnknownSlotIsNotFoundAndAMalformedOneABadRequest() {
    HttpResponse<String> unknown = client.get("/dashboard/slots/sub09/CRO-USDT-SWAP/long");
    HttpResponse<String> malformed = client.get("/dashboard/slots/sub01/CRO-USDT-SWAP/up");

    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).contains("no anchor slot sub09/CRO-USDT-SWAP/long");
    assertThat(malformed.statusCode()).isEqualTo(400);
  }

  /** The slots of the position rows, in order. */
  static List<String> rows(String html) {
    List<String> slots = new ArrayList<>();
    Matcher m = Pattern.compile("<tr data-slot=\"([^\"]+)\"").matcher(html);
    while (m.find()) {
      slots.add(m.group(1));
    }
    return slots;
  }

  private static List<BigDecimal> rates(String html) {
    List<BigDecimal> rates = new ArrayList<>();
    Matcher m = ROW.matcher(html);
    while (m.find()) {
      rates.add(new BigDecimal(m.group(2).replace("+", "")));
    }
    return rates;
  }
}
