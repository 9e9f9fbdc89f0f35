package io.anchorkeeper.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.anchorkeeper.app.engine.KeeperEngine;
import io.anchorkeeper.app.web.live.LiveEvents;
import io.anchorkeeper.core.slot.SlotId;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The event stream a page holds: what it hears when a procedure runs, and its clean-up. */
@DashboardTest
class LiveEventsTest {

  private static final SlotId DOGE = SlotId.of("sub01", "DOGE-USDT-SWAP", "short");

  @LocalServerPort int port;
  @Autowired KeeperEngine engine;
  @Autowired LiveEvents live;

  @Test
  void aPageHearsAProcedureStartAndFinishAndItsNotificationThenLetsGo() throws Exception {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> engine.view(DOGE).orElseThrow().position().isPresent());
    DashboardClient client = new DashboardClient(port);
    client.login();
    int before = live.listeners();
    List<String> lines = new CopyOnWriteArrayList<>();
    HttpResponse<Stream<String>> stream =
        client
            .http()
            .sendAsync(
                client
                    .request("/dashboard/events")
                    .header("Accept", "text/event-stream")
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofLines())
            .get(10, TimeUnit.SECONDS);
    assertThat(stream.statusCode()).isEqualTo(200);
    assertThat(stream.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
    Thread reader =
        new Thread(
            () -> {
              try {
                stream.body().forEach(lines::add);
              } catch (UncheckedIOException closedByTheTest) {
                lines.add("closed");
              }
            },
            "sse-reader");
    reader.setDaemon(true);
    reader.start();
    await().atMost(Duration.ofSeconds(10)).until(() -> lines.contains("event:hello"));

    String size = engine.view(DOGE).orElseThrow().position().orElseThrow().size().toPlainString();
    String answer =
        client
            .post(
                "/dashboard/actions/run",
                Map.of(
                    "action", "super-maintain",
                    "account", "sub01",
                    "inst_id", "DOGE-USDT-SWAP",
                    "pos_side", "short",
                    "expected_size", size))
            .body();
    Matcher id = Pattern.compile("data-procedure=\"([0-9a-z]+)\"").matcher(answer);
    assertThat(id.find()).as(answer).isTrue();

    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                dataAfter(lines, "event:procedure-finished").contains(id.group(1))
                    && dataAfter(lines, "event:procedure-started").contains(id.group(1))
                    && lines.contains("event:feed"));
    assertThat(dataAfter(lines, "event:procedure-finished"))
        .contains("\"slot\":\"sub01/DOGE-USDT-SWAP/short\"")
        .contains("\"status\":\"completed\"");
    assertThat(live.listeners()).isGreaterThan(before);

    stream.body().close();
    await().atMost(Duration.ofSeconds(30)).until(() -> live.listeners() <= before);
  }

  /** The data line that follows the last {@code event} line. */
  private static String dataAfter(List<String> lines, String event) {
    int at = lines.lastIndexOf(event);
    for (int i = at + 1; at >= 0 && i < lines.size(); i++) {
      if (lines.get(i).startsWith("data:")) {
        return lines.get(i);
      }
    }
    return "";
  }
}
