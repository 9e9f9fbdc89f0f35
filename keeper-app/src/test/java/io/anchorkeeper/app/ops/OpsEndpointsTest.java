package io.anchorkeeper.app.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.anchorkeeper.app.engine.Alerts;
import io.anchorkeeper.app.engine.KeeperEngine;
import io.anchorkeeper.app.engine.SlotStatus;
import io.anchorkeeper.app.paper.PaperKeeperTest;
import io.anchorkeeper.app.persistence.ProcedureQuery;
import io.anchorkeeper.app.persistence.ReportRepository;
import io.anchorkeeper.app.security.ApiRoute;
import io.anchorkeeper.app.security.ApiTokens;
import io.anchorkeeper.app.security.BearerTokens;
import io.anchorkeeper.app.security.Browser;
import io.anchorkeeper.core.notify.Alert;
import io.anchorkeeper.core.notify.AlertKind;
import io.anchorkeeper.core.notify.Severity;
import io.anchorkeeper.core.record.ProcedureStatus;
import io.anchorkeeper.core.slot.SlotId;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The operator's surface in paper mode: health with the exchange, WebSocket, database and engine
 * components (only the status for strangers), Prometheus metrics of procedures, orders, alerts,
 * slots and rate-limit waits, and the OpenAPI description of every API path; the last two behind
 * authentication.
 */
@PaperKeeperTest
class OpsEndpointsTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Autowired ApiTokens tokens;
  @Autowired ReportRepository reports;
  @Autowired KeeperEngine engine;
  @Autowired Alerts alerts;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mapping;

  @LocalServerPort int port;
  private String bearer;

  @BeforeEach
  void token() {
    bearer = BearerTokens.authorization(tokens, "ops");
  }

  private HttpResponse<String> get(String path) {
    return new Browser(port).get(path, "Authorization", bearer);
  }

  @Test
  void healthShowsOnlyTheStatusToStrangersAndEveryComponentToTheOwner() {
    HttpResponse<String> anonymous = new Browser(port).get("/actuator/health");
    assertThat(anonymous.statusCode()).isEqualTo(200);
    JsonNode open = JSON.readTree(anonymous.body());
    assertThat(open.path("status").asString()).isEqualTo("UP");
    assertThat(open.has("components")).isFalse();
    assertThat(new Browser(port).get("/actuator/health/liveness").statusCode()).isEqualTo(200);
    assertThat(new Browser(port).get("/actuator/health/readiness").statusCode()).isEqualTo(200);

    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> component("websocket").path("status").asString().equals("UP"));
    JsonNode exchange = component("exchange");
    JsonNode websocket = component("websocket");
    assertThat(exchange.path("status").asString()).isEqualTo("UP");
    assertThat(exchange.path("details").path("rest").asString()).startsWith("http://127.0.0.1:");
    assertThat(websocket.path("details").path("private_total").asInt()).isEqualTo(4);
    assertThat(websocket.path("details").path("public_ready").asInt()).isPositive();
    assertThat(component("db").path("status").asString()).isEqualTo("UP");
    assertThat(component("engine").path("details").has("interrupted")).isTrue();
    assertThat(component("engine").path("details").has("stuck")).isTrue();
  }

  private JsonNode component(String name) {
    HttpResponse<String> answer = get("/actuator/health");
    return JSON.readTree(answer.body()).path("components").path(name);
  }

  @Test
  void prometheusNeedsAuthenticationAndShowsProceduresOrdersAlertsSlotsAndWaits() {
    assertThat(new Browser(port).get("/actuator/prometheus").statusCode()).isEqualTo(401);
    assertThat(new Browser(port).get("/actuator/metrics").statusCode()).isEqualTo(401);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                reports.list(ProcedureQuery.newest(100)).stream()
                    .anyMatch(
                        r -> r.status() == ProcedureStatus.COMPLETED && !r.orders().isEmpty()));
    String kind = "keeper_alerts_total{kind=\"owner_decides\",severity=\"info\"}";
    double alertsBefore = value(get("/actuator/prometheus").body(), kind).orElse(0.0);
    alerts.raise(
        Alert.about(
            AlertKind.OWNER_DECIDES,
            Severity.INFO,
            SlotId.of("sub03", "AAVE-USDT-SWAP", "long"),
            "counted by the ops test",
            Instant.now()));

    HttpResponse<String> scrape = get("/actuator/prometheus");

    assertThat(scrape.statusCode()).isEqualTo(200);
    String metrics = scrape.body();
    assertThat(value(metrics, "keeper_procedures_total{outcome=\"completed\",type=\"auto_open\"}"))
        .hasValueSatisfying(v -> assertThat(v).isPositive());
    assertThat(metrics)
        .contains("keeper_procedures_total{outcome=\"failed\",type=\"super_maintenance\"} 0.0");
    assertThat(metrics)
        .contains(
            "keeper_procedure_duration_seconds_count{outcome=\"completed\",type=\"auto_open\"}");
    assertThat(value(metrics, "keeper_exchange_order_latency_seconds_count{outcome=\"ok\"}"))
        .hasValueSatisfying(v -> assertThat(v).isPositive());
    assertThat(metrics)
        .contains("keeper_exchange_order_latency_seconds_bucket{outcome=\"ok\",le=\"0.5\"}");
    assertThat(value(metrics, kind))
        .hasValueSatisfying(v -> assertThat(v).isGreaterThanOrEqualTo(alertsBefore + 1));
    assertThat(metrics)
        .containsPattern(
            "keeper_okx_ratelimit_wait_seconds_count\\{bucket=\"POST /api/v5/trade/order\",scope=\"uid\"}");
    double slots = 0;
    for (SlotStatus status : SlotStatus.values()) {
      String series = "keeper_slots{status=\"" + status.name().toLowerCase(Locale.ROOT) + "\"}";
      slots += value(metrics, series).orElseThrow(() -> new AssertionError(series + " missing"));
    }
    assertThat(slots).isEqualTo(engine.views().size());
  }

  @Test
  void theOpenApiDescriptionNeedsAuthenticationAndListsEveryApiPathWithTheBearerScheme() {
    assertThat(new Browser(port).get("/v3/api-docs").statusCode()).isEqualTo(401);
    assertThat(new Browser(port).get("/swagger-ui/index.html", "Accept", "text/html").statusCode())
        .isEqualTo(302);

    HttpResponse<String> docs = get("/v3/api-docs");

    assertThat(docs.statusCode()).isEqualTo(200);
    JsonNode api = JSON.readTree(docs.body());
    Set<String> documented = api.path("paths").propertyNames().stream().collect(Collectors.toSet());
    Set<String> mapped =
        ApiRoute.all(mapping).stream().map(ApiRoute::pattern).collect(Collectors.toSet());
    assertThat(documented).isEqualTo(mapped);
    JsonNode scheme = api.path("components").path("securitySchemes").path("bearer");
    assertThat(scheme.path("type").asString()).isEqualTo("http");
    assertThat(scheme.path("scheme").asString()).isEqualTo("bearer");
    assertThat(api.path("security").toString()).contains("bearer");
  }

  /** The value of one Prometheus series, if the scrape has it. */
  private static Optional<Double> value(String scrape, String series) {
    Matcher line =
        Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE)
            .matcher(scrape);
    return line.find() ? Optional.of(Double.parseDouble(line.group(1))) : Optional.empty();
  }
}
