package io.anchorkeeper.app.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.anchorkeeper.app.engine.KeeperEngine;
import io.anchorkeeper.app.persistence.ProcedureQuery;
import io.anchorkeeper.app.persistence.ReportRepository;
import io.anchorkeeper.app.persistence.SettingsRepository;
import io.anchorkeeper.app.security.ApiTokens;
import io.anchorkeeper.app.security.BearerTokens;
import io.anchorkeeper.core.record.ProcedureStatus;
import io.anchorkeeper.core.record.ProcedureType;
import io.anchorkeeper.core.slot.SlotId;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Settings by SPEC's names over the API, validated and audited; and batch maintenance. */
@PaperKeeperTest
class SettingsAndBatchApiTest {

  /** The name of the token these tests call with; the audit names it. */
  private static final String TOKEN_NAME = "settings-test";

  @Autowired SettingsRepository settings;
  @Autowired ReportRepository reports;
  @Autowired KeeperEngine engine;
  @Autowired ApiTokens tokens;
  @LocalServerPort int port;
  private String bearer;

  @BeforeEach
  void token() {
    bearer = BearerTokens.authorization(tokens, TOKEN_NAME);
  }

  private HttpResponse<String> send(String method, String path, String body) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .header("Authorization", bearer)
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void invalidGlobalSettingsAreRefusedNamingTheFieldAndNothingIsStored() throws Exception {
    int before = settings.history(100).size();

    HttpResponse<String> positive = send("PUT", "/api/settings", "{\"trigger_loss\":\"5%\"}");
    HttpResponse<String> unknown = send("PUT", "/api/settings", "{\"nonsense\":\"1\"}");
    HttpResponse<String> noPercent = send("PUT", "/api/settings", "{\"tolerance\":\"5\"}");

    assertThat(positive.statusCode()).isEqualTo(400);
    assertThat(positive.body()).contains("trigger_loss must be below 0%");
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).contains("nonsense is not a setting");
    assertThat(noPercent.statusCode()).isEqualTo(400);
    assertThat(noPercent.body()).contains("tolerance must be a percentage");
    assertThat(settings.history(100)).hasSize(before);
  }

  @Test
  void aSlotsSettingIsChangedAuditedAndShown() throws Exception {
    String slot = "account=main&inst_id=ETH-USDT-SWAP&pos_side=short";

    HttpResponse<String> changed =
        send("PUT", "/api/slots/settings?" + slot, "{\"take_profit\":\"off\",\"step_cap\":\"4U\"}");
    HttpResponse<String> shown = send("GET", "/api/slots/settings?" + slot, "");

    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    assertThat(shown.body()).contains("\"take_profit\":\"off\"").contains("\"step_cap\":\"4\"");
    assertThat(settings.history(10))
        .anySatisfy(c -> assertThat(c.changedBy()).isEqualTo("api:token:" + TOKEN_NAME));
  }

  @Test
  void aBatchMaintainsEachSlotInItsOwnLaneAndSaysWhatEachDid() throws Exception {
    SlotId btc = SlotId.of("main", "BTC-USDT-SWAP", "long");
    await().atMost(Duration.ofSeconds(30)).until(() -> engine.book().position(btc).isPresent());

    HttpResponse<String> answer =
        send(
            "POST",
            "/api/anchor/batch-maintain",
            "{\"slots\":[{\"account\":\"main\",\"inst_id\":\"BTC-USDT-SWAP\",\"pos_side\":\"long\"},"
                + "{\"account\":\"nobody\",\"inst_id\":\"BTC-USDT-SWAP\",\"pos_side\":\"long\"}]}");

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    assertThat(answer.body())
        .contains("\"slot\":\"main/BTC-USDT-SWAP/long\",\"outcome\":\"started\"")
        .contains("\"outcome\":\"refused\"")
        .contains("no anchor slot nobody/BTC-USDT-SWAP/long");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                reports
                    .list(
                        ProcedureQuery.newest(5)
                            .withSlot(btc)
                            .withTypes(ProcedureType.NORMAL_MAINTENANCE))
                    .stream()
                    .anyMatch(r -> r.status() == ProcedureStatus.COMPLETED));
  }
}
