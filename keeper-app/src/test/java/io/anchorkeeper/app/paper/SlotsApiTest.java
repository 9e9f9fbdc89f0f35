package io.anchorkeeper.app.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.anchorkeeper.app.engine.KeeperEngine;
import io.anchorkeeper.app.security.ApiTokens;
import io.anchorkeeper.app.security.BearerTokens;
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

/** Adding a slot while running: it is validated, stored, watched and given an anchor. */
@PaperKeeperTest
class SlotsApiTest {

  @Autowired KeeperEngine engine;
  @Autowired ApiTokens tokens;
  @LocalServerPort int port;
  private String bearer;

  @BeforeEach
  void token() {
    bearer = BearerTokens.authorization(tokens, "slots-test");
  }

  private HttpResponse<String> post(String body) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/slots"))
                .header("Content-Type", "application/json")
                .header("Authorization", bearer)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aNewSlotIsStoredAndAutoOpenGivesItAnAnchor() throws Exception {
    SlotId ltc = SlotId.of("sub02", "LTC-USDT-SWAP", "long");

    HttpResponse<String> answer =
        post("{\"account\":\"sub02\",\"inst_id\":\"LTC-USDT-SWAP\",\"pos_side\":\"long\"}");

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    assertThat(answer.body()).contains("sub02/LTC-USDT-SWAP/long");
    await().atMost(Duration.ofSeconds(30)).until(() -> engine.book().position(ltc).isPresent());
  }

  @Test
  void aSlotOnAnUnknownInstrumentOrAccountIsRefusedNamingTheField() throws Exception {
    HttpResponse<String> instrument =
        post("{\"account\":\"sub02\",\"inst_id\":\"NOPE-USDT-SWAP\",\"pos_side\":\"long\"}");
    HttpResponse<String> account =
        post("{\"account\":\"ghost\",\"inst_id\":\"LTC-USDT-SWAP\",\"pos_side\":\"long\"}");

    assertThat(instrument.statusCode()).isEqualTo(400);
    assertThat(instrument.body()).contains("inst_id");
    assertThat(account.statusCode()).isEqualTo(400);
    assertThat(account.body()).contains("account").contains("ghost");
    assertThat(engine.view(SlotId.of("ghost", "LTC-USDT-SWAP", "long"))).isEmpty();
    assertThat(engine.view(SlotId.of("sub02", "NOPE-USDT-SWAP", "long"))).isEmpty();
  }
}
