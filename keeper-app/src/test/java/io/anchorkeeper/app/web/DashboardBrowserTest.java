package io.anchorkeeper.app.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.anchorkeeper.app.engine.KeeperEngine;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The dashboard in Debian's Chromium, as the owner uses it: log in, read the cards and tables, open
 * a slot's chart, run a confirmed maintenance and watch its record arrive without a reload, switch
 * to Chinese. Screenshots go to {@code target/screenshots/}.
 */
@DashboardTest
class DashboardBrowserTest {

  private static Playwright playwright;
  private static Browser browser;

  @LocalServerPort int port;
  @Autowired KeeperEngine engine;

  private BrowserContext context;
  private Page page;
  private final List<String> scriptErrors = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void launch() {
    playwright = Browsers.playwright();
    browser = Browsers.launch(playwright);
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.close();
    }
    if (playwright != null) {
      playwright.close();
    }
  }

  @BeforeEach
  void openPage() {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> engine.views().stream().filter(v -> v.position().isPresent()).count() == 8);
    context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
    page = newPage();
  }

  @AfterEach
  void closePage() {
    context.close();
    assertThat(scriptErrors).as("errors in the page's scripts").isEmpty();
  }

  @Test
  void theOwnerLogsInAndSeesTheCardsAndTablesFilled() {
    Browsers.open(page, url("/"));

    assertThat(page.locator("#card-main .big")).hasText("2");
    assertThat(page.locator("#card-main .sub")).hasText("1 long, 1 short");
    assertThat(page.locator("#card-sub .big")).hasText("3 accounts, 6 positions");
    assertThat(page.locator("#card-upl .big")).hasClass(Pattern.compile("up|down|flat"));
    assertThat(page.locator("#main-positions tbody tr[data-slot]")).hasCount(2);
    assertThat(page.locator("#sub-positions tbody tr[data-slot]")).hasCount(6);
    assertThat(page.locator("#sub-positions tr[data-slot='sub01/CRO-USDT-SWAP/long']"))
        .containsText("/3");
    assertThat(page.locator("#live-status")).hasClass(Pattern.compile("live-on"));
    Browsers.screenshot(page, "overview.png");

    page.locator("#filter-account").selectOption("sub02");
    assertThat(page.locator("#sub-positions tbody tr[data-slot]")).hasCount(2);
    assertThat(page.locator("#main-positions tbody tr[data-slot]")).hasCount(0);
    page.waitForURL(u -> u.contains("account=sub02"));
    page.locator("#sub-positions th a[data-sort=profit]").click();
    assertThat(page.locator("#sub-positions th[aria-sort=ascending] a[data-sort=profit]"))
        .hasCount(1);

    page.setViewportSize(390, 844);
    Browsers.open(page, url("/"));
    assertThat(page.locator("#sub-positions tbody tr[data-slot]")).hasCount(6);
    Browsers.screenshotWindow(page, "overview-phone.png");
  }

  @Test
  void aSlotPageDrawsItsChartFromTheSamples() {
    Browsers.open(page, url("/dashboard/slots/sub01/CRO-USDT-SWAP/long"));

    Locator canvas = page.locator("#slot-chart");
    assertThat(canvas).isVisible();
    page.waitForFunction(
        "() => { const c = document.getElementById('slot-chart');"
            + " const chart = window.Chart && window.Chart.getChart(c);"
            + " return chart && chart.data.datasets[0].data.length > 0"
            + " && chart.data.datasets[1].data.length > 0; }");
    Object points =
        page.evaluate("() => Number(document.getElementById('slot-chart').dataset.points)");
    assertThat(((Number) points).intValue()).isPositive();
    Object drawn =
        page.evaluate(
            "() => { const c = document.getElementById('slot-chart');"
                + " return c.width > 0 && c.height > 0; }");
    assertThat(drawn).isEqualTo(Boolean.TRUE);
    page.locator("[data-chart-range='1h']").click();
    assertThat(page.locator("[data-chart-range='1h']")).hasAttribute("aria-pressed", "true");
    Browsers.screenshot(page, "slot-chart.png");
  }

  @Test
  void aConfirmedMaintenanceShowsItsPlanRunsAndItsRecordArrivesLive() {
    Page overview = newPage();
    Browsers.open(overview, url("/"));
    assertThat(overview.locator("#live-status")).hasClass(Pattern.compile("live-on"));
    overview.evaluate("() => { window.keeperMarker = 'still the same page'; }");

    Browsers.open(page, url("/dashboard/slots/sub03/AAVE-USDT-SWAP/long"));
    assertThat(page.locator("#live-status")).hasClass(Pattern.compile("live-on"));
    page.evaluate("() => { window.keeperMarker = 'still the same page'; }");
    page.locator("#slot-actions a[data-action='super-maintain']").click();

    Locator dialog = page.locator("#dialog");
    assertThat(dialog).isVisible();
    assertThat(dialog.locator("#planned-orders tr[data-kind='close_old']")).hasCount(1);
    assertThat(dialog.locator("#planned-orders tr[data-kind='open']")).hasCount(1);
    assertThat(dialog.locator("#planned-orders tr[data-kind='trim']")).hasCount(1);
    assertThat(dialog).containsText("Estimate at current mark");
    Browsers.screenshot(page, "confirm-maintenance.png");

    dialog.locator("#confirm-go").click();
    Locator outcome = dialog.locator("#outcome");
    assertThat(outcome).hasAttribute("data-outcome", "completed");
    String procedure = outcome.getAttribute("data-procedure");
    Browsers.screenshot(page, "maintenance-outcome.png");
    dialog.locator("#outcome [data-close-dialog]").click();
    assertThat(dialog).isHidden();

    assertThat(page.locator("#slot-records details[data-procedure='" + procedure + "']"))
        .hasCount(1);
    assertThat(overview.locator("#recent-records details[data-procedure='" + procedure + "']"))
        .hasCount(1);
    assertThat(page.evaluate("() => window.keeperMarker")).isEqualTo("still the same page");
    assertThat(overview.evaluate("() => window.keeperMarker")).isEqualTo("still the same page");
    page.locator("#slot-records details[data-procedure='" + procedure + "'] summary").click();
    assertThat(
            page.locator("#slot-records details[data-procedure='" + procedure + "'] table.steps"))
        .containsText("Client order id");
    Browsers.screenshot(page, "maintenance-record.png");
    Browsers.screenshot(overview, "overview-after-maintenance.png");
  }

  @Test
  void theLanguageSwitchesToChinese() {
    Browsers.open(page, url("/"));
    assertThat(page.locator("#card-main h2")).hasText("Main account positions");

    page.locator("#lang-switch").click();

    assertThat(page.locator("#card-main h2")).hasText("主账户总持仓");
    assertThat(page.locator("#card-sub h2")).hasText("子账户总持仓");
    assertThat(page.locator("#card-main .sub")).hasText("多单1，空单1");
    assertThat(page.locator("html")).hasAttribute("lang", "zh");
    Browsers.screenshot(page, "overview-zh.png");
    Browsers.open(page, url("/dashboard/slots/sub01/CRO-USDT-SWAP/long"));
    assertThat(page.locator("#slot-settings h2")).hasText("参数");
  }

  private Page newPage() {
    Page created = context.newPage();
    created.setDefaultTimeout(20_000);
    created.onPageError(error -> scriptErrors.add(error));
    created.onConsoleMessage(
        message -> {
          if (message.type().equals("error")) {
            scriptErrors.add(message.text());
          }
        });
    return created;
  }

  private String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }
}
