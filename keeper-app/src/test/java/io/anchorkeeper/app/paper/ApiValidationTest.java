package io.anchorkeeper.app.paper;

import static org.assertj.core.api.Assertions.assertThat;

import io.anchorkeeper.app.security.ApiTokens;
import io.anchorkeeper.app.security.BearerTokens;
import io.anchorkeeper.okx.emulator.http.RequestRecord;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * SPEC invariant 5: nothing reaches the exchange from bad input, and the answer names the field.
 */
@PaperKeeperTest
class ApiValidationTest {

  @Autowired PaperExchange paper;
  @Autowired ApiTokens tokens;
  @LocalServerPort int port;
  private String bearer;

  @BeforeEach
  void token() {
    bearer = BearerTokens.authorization(tokens, "api-validation");
  }

  private HttpResponse<String> post(String path, String body) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .header("Authorization", bearer)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private List<RequestRecord> tradeRequests() {
    return paper
        .emulator()
        .control()
        .requests(r -> r.method().equals("POST") && !r.path().contains("/public/"), 10_000);
  }

  @ParameterizedTest(name = "{0} {1} -> {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "/api/anchor/super-maintain|{\"inst_id\":\"SOL-USDT\",\"pos_side\":\"long\",\"account\":\"sub02\"}|400|inst_id",
        "/api/anchor/super-maintain|{\"inst_id\":\"SOL-USDT-SWAP\",\"pos_side\":\"up\",\"account\":\"sub02\"}|400|pos_side",
        "/api/anchor/super-maintain|{\"inst_id\":\"SOL-USDT-SWAP\",\"pos_side\":\"long\",\"account\":\"sub02\",\"maintenance_amount\":-5}|400|maintenance_amount",
        "/api/anchor/super-maintain|{\"inst_id\":\"SOL-USDT-SWAP\",\"pos_side\":\"long\",\"account\":\"sub02\",\"target_margin\":0}|400|target_margin",
        "/api/anchor/super-maintain|{\"inst_id\":\"SOL-USDT-SWAP\",\"pos_side\":\"long\",\"account\":\"bad name!\"}|400|account",
        "/api/anchor/super-maintain|{\"pos_side\":\"long\",\"account\":\"sub02\"}|400|inst_id is required",
        "/api/anchor/maintain-anchor|{\"inst_id\":\"BTC-USDT-SWAP\",\"pos_side\":\"long\"}|400|pos_size is required",
        "/api/anchor/maintain-anchor|{\"inst_id\":\"BTC-USDT-SWAP\",\"pos_side\":\"long\",\"pos_size\":-1}|400|pos_size",
        "/api/anchor/super-maintain|{\"inst_id\":\"LTC-USDT-SWAP\",\"pos_side\":\"long\",\"account\":\"sub02\"}|404|no anchor slot",
        "/api/anchor/super-maintain|not json|400|not valid JSON",
      })
  void aBadRequestIsRefusedNamingTheProblemAndSendsNothing(
      String path, String body, int status, String mentions) throws Exception {
    int before = tradeRequests().size();

    HttpResponse<String> answer = post(path, body);

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
    assertThat(answer.body()).contains(mentions);
    assertThat(tradeRequests()).hasSize(before);
  }

  @Test
  void aRequestForAnotherSizeThanTheExchangeHoldsIsRefusedBeforeTrading() throws Exception {
    int before = tradeRequests().size();

    HttpResponse<String> answer =
        post(
            "/api/anchor/maintain-anchor",
            "{\"inst_id\":\"ETH-USDT-SWAP\",\"pos_side\":\"short\",\"pos_size\":123}");

    assertThat(answer.statusCode()).as(answer.body()).isIn(422, 409);
    if (answer.statusCode() == 422) {
      assertThat(answer.body())
          .contains("\"status\":\"refused\"")
          .contains("asked to maintain 123");
    }
    assertThat(tradeRequests()).hasSize(before);
  }
}
