package io.anchorkeeper.app.web;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium driven by Playwright for Java. Browsers are never downloaded: Playwright is
 * told so ({@code PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1}, also passed to its driver) and launches
 * {@code /usr/bin/chromium} (or {@code KEEPER_CHROMIUM}). Without Chromium the browser tests fail
 * with the command that installs it, unless {@code KEEPER_SKIP_BROWSER_TESTS=true} says to skip.
 */
final class Browsers {

  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private static final List<String> ARGS =
      List.of(
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync");

  private Browsers() {}

  /** Playwright with its driver from the driver-bundle jar, and no browser download. */
  static Playwright playwright() {
    assumeFalse(
        "true".equalsIgnoreCase(System.getenv("KEEPER_SKIP_BROWSER_TESTS")),
        "KEEPER_SKIP_BROWSER_TESTS=true: the browser tests are skipped");
    Path chromium = chromium();
    if (!Files.isExecutable(chromium)) {
      fail(
          "Chromium is not installed at "
              + chromium
              + ": run `apt-get install -y chromium` (or set KEEPER_CHROMIUM to its path, or"
              + " KEEPER_SKIP_BROWSER_TESTS=true to skip the browser tests)");
    }
    return Playwright.create(
        new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
  }

  static Browser launch(Playwright playwright) {
    return playwright
        .chromium()
        .launch(
            new BrowserType.LaunchOptions()
                .setExecutablePath(chromium())
                .setHeadless(true)
                .setArgs(ARGS));
  }

  /**
   * Opens {@code url}; when the keeper answers with its login form (security on), logs in as the
   * test owner and opens {@code url} again.
   */
  static void open(Page page, String url) {
    page.navigate(url);
    if (page.url().contains("/login")) {
      page.locator("input[name=username]").fill(TestOwner.USERNAME);
      page.locator("input[name=password]").fill(TestOwner.PASSWORD);
      page.locator("input[name=password]").press("Enter");
      page.waitForURL(u -> !u.contains("/login"));
      if (!withoutContinue(page.url()).equals(url)) {
        page.navigate(url);
      }
    }
  }

  /** The address without the {@code continue} marker Spring Security adds after a login. */
  private static String withoutContinue(String address) {
    return address.replaceFirst("[?&]continue$", "");
  }

  /** The whole page, as test output under {@code target/screenshots/}. */
  static void screenshot(Page page, String name) {
    page.screenshot(
        new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name)).setFullPage(true));
  }

  /** What the window shows, e.g. a phone's first screen. */
  static void screenshotWindow(Page page, String name) {
    page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name)));
  }

  private static Path chromium() {
    String configured = System.getenv("KEEPER_CHROMIUM");
    return Path.of(configured == null || configured.isBlank() ? "/usr/bin/chromium" : configured);
  }
}
