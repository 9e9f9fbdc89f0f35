package io.anchorkeeper.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/**
 * A first run with no owner configured and none in the database: no default password exists; the
 * keeper logs a setup link with a one-time code, which creates the owner once and never again. Then
 * the owner's own username is locked after five failures, even against the right password.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "keeper.mode=paper",
      "keeper.paper.volatility=0",
      "keeper.paper.demo-slots=false",
      "spring.datasource.url=jdbc:h2:mem:keeper-first-run;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000"
    })
@ContextConfiguration(initializers = LogRecorder.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirstRunSetupTest {

  private static final String USERNAME = "first-owner";
  private static final String PASSWORD = "Chosen-At-Setup-58b1e0";

  @Autowired UserRepository users;
  @LocalServerPort int port;

  private String printedCode() {
    Pattern link =
        Pattern.compile("http://127\\.0\\.0\\.1:" + port + "/setup\\?code=([A-Za-z0-9_-]+)");
    List<String> codes =
        LogRecorder.lines().stream()
            .map(link::matcher)
            .filter(Matcher::find)
            .map(m -> m.group(1))
            .toList();
    assertThat(codes).as("the setup link is logged once").hasSize(1);
    return codes.get(0);
  }

  private HttpResponse<String> submit(Browser browser, String code, String password, String again) {
    HttpResponse<String> form = browser.get("/setup?code=" + code);
    assertThat(form.statusCode()).isEqualTo(200);
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("_csrf", Browser.formCsrf(form.body()));
    fields.put("code", code);
    fields.put("username", USERNAME);
    fields.put("password", password);
    fields.put("confirmation", again);
    return browser.postForm("/setup", fields);
  }

  @Test
  @Order(1)
  void thePrintedSetupLinkCreatesTheOwnerOnceAndNeverAgain() {
    assertThat(users.owner()).isEmpty();
    String code = printedCode();
    Browser browser = new Browser(port);

    assertThat(browser.get("/login").body()).contains("No owner account yet");
    assertThat(browser.get("/setup").statusCode()).isEqualTo(404);
    assertThat(browser.get("/setup?code=" + code.substring(1) + "x").statusCode()).isEqualTo(404);
    assertThat(new Browser(port).logIn("admin", "admin").headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));

    HttpResponse<String> mismatch = submit(browser, code, PASSWORD, PASSWORD + "!");
    assertThat(mismatch.statusCode()).isEqualTo(200);
    assertThat(mismatch.body()).contains("the two passwords differ").doesNotContain(PASSWORD);
    HttpResponse<String> tooShort = submit(browser, code, "short", "short");
    assertThat(tooShort.body()).contains("at least 12 characters");
    assertThat(users.owner()).isEmpty();

    HttpResponse<String> created = submit(browser, code, PASSWORD, PASSWORD);
    assertThat(created.statusCode()).isEqualTo(302);
    assertThat(created.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/login?setup"));
    assertThat(users.owner()).hasValueSatisfying(u -> assertThat(u.username()).isEqualTo(USERNAME));
    assertThat(users.owner().orElseThrow().passwordHash())
        .startsWith("{bcrypt}")
        .doesNotContain(PASSWORD);

    Browser again = new Browser(port);
    assertThat(again.get("/setup?code=" + code).statusCode()).isEqualTo(404);
    Map<String, String> replay = new LinkedHashMap<>();
    replay.put("_csrf", Browser.formCsrf(again.get("/login").body()));
    replay.put("code", code);
    replay.put("username", "intruder");
    replay.put("password", "Another-Password-123");
    replay.put("confirmation", "Another-Password-123");
    assertThat(again.postForm("/setup", replay).statusCode()).isEqualTo(404);
    assertThat(users.owner().orElseThrow().username()).isEqualTo(USERNAME);
    assertThat(again.get("/login").body()).doesNotContain("No owner account yet");

    Browser owner = new Browser(port);
    assertThat(owner.logIn(USERNAME, PASSWORD).headers().firstValue("Location"))
        .hasValue("http://127.0.0.1:" + port + "/");
    assertThat(owner.get("/api/tokens").statusCode()).isEqualTo(200);
  }

  @Test
  @Order(2)
  void fiveFailuresLockTheOwnerEvenAgainstTheRightPassword() {
    assertThat(users.owner()).isPresent();
    for (int attempt = 1; attempt <= 5; attempt++) {
      new Browser(port).logIn(USERNAME, "wrong password " + attempt);
    }

    Browser owner = new Browser(port);
    HttpResponse<String> refused = owner.logIn(USERNAME, PASSWORD);

    assertThat(refused.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/login?locked"));
    assertThat(owner.get("/api/tokens").statusCode()).isEqualTo(401);
  }
}
