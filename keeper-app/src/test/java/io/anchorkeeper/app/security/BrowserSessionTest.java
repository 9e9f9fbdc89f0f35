package io.anchorkeeper.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.anchorkeeper.app.paper.PaperKeeperTest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The owner's browser session: form login and logout, the session cookie, CSRF on every form post
 * and on the session's API mutations (but not on bearer calls), throttled logins, and the security
 * headers of pages and API answers.
 */
@PaperKeeperTest
class BrowserSessionTest {

  /** Not JSON: a mutation that gets this far is answered 400 and changes nothing. */
  private static final String NOT_JSON = "not json";

  @Autowired ApiTokens tokens;
  @LocalServerPort int port;

  private Browser owner() {
    Browser browser = new Browser(port);
    HttpResponse<String> login =
        browser.logIn(PaperKeeperTest.OWNER, PaperKeeperTest.OWNER_PASSWORD);
    assertThat(login.statusCode()).isEqualTo(302);
    assertThat(login.headers().firstValue("Location")).hasValue("http://127.0.0.1:" + port + "/");
    return browser;
  }

  @Test
  void theOwnerLogsInWithAnHttpOnlySameSiteLaxSessionCookieAndLogsOutByPost() {
    Browser browser = new Browser(port);
    browser.get("/login");

    HttpResponse<String> login =
        browser.logIn(PaperKeeperTest.OWNER, PaperKeeperTest.OWNER_PASSWORD);

    assertThat(login.headers().firstValue("Location")).hasValue("http://127.0.0.1:" + port + "/");
    assertThat(login.headers().allValues("Set-Cookie"))
        .anySatisfy(
            c ->
                assertThat(c)
                    .startsWith("JSESSIONID=")
                    .contains("HttpOnly")
                    .contains("SameSite=Lax"));
    assertThat(browser.get("/api/tokens").statusCode()).isEqualTo(200);

    HttpResponse<String> withoutCsrf = browser.postForm("/logout", Map.of());
    assertThat(withoutCsrf.statusCode()).isEqualTo(403);
    assertThat(browser.get("/api/tokens").statusCode()).as("still logged in").isEqualTo(200);

    HttpResponse<String> logout = browser.postForm("/logout", Map.of("_csrf", browser.csrf()));
    assertThat(logout.statusCode()).isEqualTo(302);
    assertThat(logout.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/login?logout"));
    assertThat(browser.get("/api/tokens").statusCode()).isEqualTo(401);
  }

  @Test
  void aLoginFormPostWithoutItsCsrfTokenIsRefused() {
    Browser browser = new Browser(port);
    browser.get("/login");

    HttpResponse<String> answer =
        browser.postForm(
            "/login",
            Map.of("username", PaperKeeperTest.OWNER, "password", PaperKeeperTest.OWNER_PASSWORD));

    assertThat(answer.statusCode()).isEqualTo(403);
    assertThat(browser.get("/api/tokens").statusCode()).isEqualTo(401);
  }

  @Test
  void aSessionsApiMutationNeedsTheCsrfHeaderFromThePage() {
    Browser browser = owner();

    HttpResponse<String> without = browser.send("POST", "/api/anchor/pause", NOT_JSON);
    HttpResponse<String> forged =
        browser.send("POST", "/api/anchor/pause", NOT_JSON, "X-CSRF-TOKEN", "forged");
    HttpResponse<String> with =
        browser.send("POST", "/api/anchor/pause", NOT_JSON, "X-CSRF-TOKEN", browser.csrf());

    assertThat(without.statusCode()).isEqualTo(403);
    assertThat(without.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(without.body()).contains("CSRF");
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(with.statusCode()).as(with.body()).isEqualTo(400);
    assertThat(with.body()).contains("not valid JSON");
    assertThat(browser.send("PUT", "/api/settings", NOT_JSON).statusCode()).isEqualTo(403);
    assertThat(browser.send("DELETE", "/api/tokens/1", null).statusCode()).isEqualTo(403);
  }

  @Test
  void aBearerCallNeedsNoCsrfTokenEvenBesideASessionCookie() {
    String bearer = BearerTokens.authorization(tokens, "no-csrf");

    HttpResponse<String> plain =
        new Browser(port).send("POST", "/api/anchor/pause", NOT_JSON, "Authorization", bearer);
    HttpResponse<String> besideSession =
        owner().send("POST", "/api/anchor/pause", NOT_JSON, "Authorization", bearer);

    assertThat(plain.statusCode()).as(plain.body()).isEqualTo(400);
    assertThat(besideSession.statusCode()).as(besideSession.body()).isEqualTo(400);
  }

  @Test
  void aWrongPasswordAndAnUnknownUsernameGetTheSameAnswer() {
    HttpResponse<String> wrongPassword =
        new Browser(port).logIn(PaperKeeperTest.OWNER, "not the password at all");
    HttpResponse<String> unknownUser = new Browser(port).logIn("nobody-here", "not the password");

    assertThat(wrongPassword.statusCode()).isEqualTo(302);
    assertThat(unknownUser.statusCode()).isEqualTo(302);
    assertThat(wrongPassword.headers().firstValue("Location"))
        .isEqualTo(unknownUser.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
    assertThat(wrongPassword.body()).isEqualTo(unknownUser.body());
  }

  @Test
  void fiveFailuresLockAUsernameWhetherOrNotItExistsButNotTheOthers() {
    List<String> answers = new ArrayList<>();
    for (int attempt = 1; attempt <= 6; attempt++) {
      answers.add(
          new Browser(port)
              .logIn("mallory", "guess number " + attempt)
              .headers()
              .firstValue("Location")
              .orElseThrow());
    }

    assertThat(answers.subList(0, 4)).allSatisfy(l -> assertThat(l).endsWith("/login?error"));
    assertThat(answers.subList(4, 6)).allSatisfy(l -> assertThat(l).endsWith("/login?locked"));
    assertThat(new Browser(port).get("/login?locked").body()).contains("Too many failed logins");
    owner();
  }

  @Test
  void pagesAndApiAnswersCarryTheSecurityHeaders() {
    String bearer = BearerTokens.authorization(tokens, "headers");
    HttpResponse<String> page = new Browser(port).get("/login");
    HttpResponse<String> api = new Browser(port).get("/api/alerts", "Authorization", bearer);
    HttpResponse<String> refused = new Browser(port).get("/api/alerts");

    for (HttpResponse<String> answer : List.of(page, api, refused)) {
      Map<String, String> headers = new LinkedHashMap<>();
      answer
          .headers()
          .map()
          .forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), String.join(",", v)));
      assertThat(headers.get("content-security-policy"))
          .contains("default-src 'self'")
          .contains("script-src 'self'")
          .contains("frame-ancestors 'none'")
          .doesNotContain("unsafe-inline");
      assertThat(headers.get("x-content-type-options")).isEqualTo("nosniff");
      assertThat(headers.get("x-frame-options")).isEqualTo("DENY");
      assertThat(headers.get("referrer-policy")).isEqualTo("same-origin");
      assertThat(headers.get("cache-control")).contains("no-store");
    }
    assertThat(api.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("<meta name=\"_csrf\" content=\"")
        .contains("<meta name=\"_csrf_header\" content=\"X-CSRF-TOKEN\"")
        .doesNotContain("<script");
  }

  @Test
  void aPageSendsAStrangerToTheLoginButAnEventStreamGets401() {
    HttpResponse<String> page = new Browser(port).get("/dashboard", "Accept", "text/html");
    HttpResponse<String> events =
        new Browser(port).get("/dashboard/events", "Accept", "text/event-stream");
    HttpResponse<String> htmx = new Browser(port).get("/dashboard/slots", "HX-Request", "true");

    assertThat(page.statusCode()).isEqualTo(302);
    assertThat(page.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    assertThat(events.statusCode()).isEqualTo(401);
    assertThat(events.headers().firstValue("Location")).isEmpty();
    assertThat(htmx.statusCode()).isEqualTo(401);
    assertThat(htmx.headers().firstValue("HX-Redirect")).hasValue("/login");
  }
}
