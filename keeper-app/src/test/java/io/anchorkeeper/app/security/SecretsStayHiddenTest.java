package io.anchorkeeper.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.anchorkeeper.app.notify.telegram.FakeBotApi;
import io.anchorkeeper.okx.emulator.OkxEmulator;
import io.anchorkeeper.okx.emulator.engine.AccountSpec;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * SPEC invariant 6: the keeper in demo mode, its OKX keys, its Telegram bot token and its owner's
 * password set in its configuration, trades against a fake OKX, sends to a fake Telegram and is
 * used through pages, the API with a token, errors and the actuator; not one of those secrets, nor
 * the API token, shows up in any answer (body or header) or in any line it logged since it started.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "keeper.mode=demo",
      "keeper.accounts[0].name=main",
      "keeper.accounts[0].kind=main",
      "keeper.accounts[0].credentials=FAKE_OKX",
      "FAKE_OKX_API_KEY=" + SecretsStayHiddenTest.OKX_KEY,
      "FAKE_OKX_SECRET_KEY=" + SecretsStayHiddenTest.OKX_SECRET,
      "FAKE_OKX_PASSPHRASE=" + SecretsStayHiddenTest.OKX_PASSPHRASE,
      "keeper.slots[0].account=main",
      "keeper.slots[0].inst-id=BTC-USDT-SWAP",
      "keeper.slots[0].side=long",
      "TELEGRAM_BOT_TOKEN=" + FakeBotApi.TOKEN,
      "TELEGRAM_CHAT_ID=4242",
      "keeper.notify.telegram.commands.enabled=false",
      "keeper.security.owner.username=" + SecretsStayHiddenTest.OWNER,
      "keeper.security.owner.password=" + SecretsStayHiddenTest.OWNER_PASSWORD,
      "spring.datasource.url=jdbc:h2:mem:keeper-secrets;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000"
    })
@ContextConfiguration(initializers = LogRecorder.class)
@DirtiesContext
class SecretsStayHiddenTest {

  static final String OKX_KEY = "fake-okx-key-5b1f0c7e9a";
  static final String OKX_SECRET = "FAKE-OKX-SECRET-d41d8cd98f00b204";
  static final String OKX_PASSPHRASE = "Fake-Pass-77a1c3e5";
  static final String OWNER = "trader";
  static final String OWNER_PASSWORD = "Owner-Secret-9c2e4f1a7b";

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static OkxEmulator exchange;
  private static FakeBotApi telegram;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mapping;

  @LocalServerPort int port;

  @DynamicPropertySource
  static void fakeExchangeAndTelegram(DynamicPropertyRegistry registry) throws IOException {
    exchange =
        OkxEmulator.builder()
            .port(0)
            .seed(7)
            .fixedPrices()
            .startPrice("BTC-USDT-SWAP", new BigDecimal("100000"))
            .account(
                AccountSpec.main(
                    "main", OKX_KEY, OKX_SECRET, OKX_PASSPHRASE, new BigDecimal("100000")))
            .build()
            .start();
    telegram = new FakeBotApi();
    registry.add("keeper.okx.rest-url", exchange::baseUrl);
    registry.add("keeper.okx.ws-public-url", exchange::wsPublicUrl);
    registry.add("keeper.okx.ws-private-url", exchange::wsPrivateUrl);
    registry.add("keeper.notify.telegram.base-url", () -> telegram.baseUrl().toString());
  }

  @AfterAll
  static void closeFakes() {
    telegram.close();
    exchange.close();
  }

  @Test
  void noSecretShowsInAnyAnswerOrLogLine() throws Exception {
    await()
        .atMost(Duration.ofSeconds(60))
        .alias("the keeper traded with its key and told Telegram with its token")
        .until(() -> !telegram.sentTexts().isEmpty());
    List<HttpResponse<String>> answers = new ArrayList<>();
    Browser owner = new Browser(port);
    answers.add(new Browser(port).logIn(OWNER, "a wrong password"));
    answers.add(owner.logIn(OWNER, OWNER_PASSWORD));
    HttpResponse<String> made =
        owner.send("POST", "/api/tokens", "{\"name\":\"secrets\"}", "X-CSRF-TOKEN", owner.csrf());
    assertThat(made.statusCode()).isEqualTo(201);
    String apiToken = JSON.readTree(made.body()).path("token").asString();
    String bearer = "Bearer " + apiToken;

    Browser machine = new Browser(port);
    for (ApiRoute route : ApiRoute.all(mapping)) {
      answers.add(
          machine.send(
              route.method(),
              route.path(),
              route.mutates() ? "{\"x\":" : null,
              "Authorization",
              bearer));
      answers.add(
          new Browser(port).send(route.method(), route.path(), route.mutates() ? "{}" : null));
    }
    answers.add(
        machine.send(
            "POST",
            "/api/anchor/super-maintain",
            "{\"inst_id\":\"LTC-USDT-SWAP\",\"pos_side\":\"long\",\"account\":\"main\"}",
            "Authorization",
            bearer));
    answers.add(machine.get("/api/procedures/0000000000000000000000", "Authorization", bearer));
    answers.add(machine.get("/api/alerts", "Authorization", "Bearer " + apiToken + "x"));
    for (String path :
        List.of(
            "/actuator/health",
            "/actuator/prometheus",
            "/actuator/metrics",
            "/actuator/info",
            "/v3/api-docs",
            "/api/tokens",
            "/api/notifications")) {
      answers.add(machine.get(path, "Authorization", bearer));
      answers.add(owner.get(path));
    }
    for (String page :
        List.of(
            "/login",
            "/login?error",
            "/setup",
            "/error",
            "/no-such-page",
            "/swagger-ui/index.html")) {
      answers.add(owner.get(page, "Accept", "text/html"));
      answers.add(new Browser(port).get(page, "Accept", "text/html"));
    }
    answers.add(owner.postForm("/logout", Map.of("_csrf", owner.csrf())));

    List<String> secrets =
        List.of(OKX_KEY, OKX_SECRET, OKX_PASSPHRASE, FakeBotApi.TOKEN, OWNER_PASSWORD, apiToken);
    List<String> log = LogRecorder.lines();
    assertThat(log)
        .as("the log was recorded from the start")
        .anyMatch(l -> l.contains("demo mode"));
    assertThat(log).anyMatch(l -> l.contains("failed login from"));
    SoftAssertions softly = new SoftAssertions();
    for (HttpResponse<String> answer : answers) {
      String seen = answer.headers().map() + "\n" + answer.body();
      for (String secret : secrets) {
        softly
            .assertThat(seen)
            .as(answer.request().method() + " " + answer.request().uri() + " shows a secret")
            .doesNotContain(secret);
      }
    }
    for (String line : log) {
      for (String secret : secrets) {
        softly.assertThat(line).as("a log line shows a secret").doesNotContain(secret);
      }
    }
    softly.assertAll();
    assertThat(made.body()).contains(apiToken);
  }
}
