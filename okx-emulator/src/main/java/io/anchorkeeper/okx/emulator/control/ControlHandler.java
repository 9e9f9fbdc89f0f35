package io.anchorkeeper.okx.emulator.control;

import io.anchorkeeper.okx.emulator.engine.AccountSpec;
import io.anchorkeeper.okx.emulator.engine.AccountType;
import io.anchorkeeper.okx.emulator.http.QueryParams;
import io.anchorkeeper.okx.emulator.instrument.InstrumentFile;
import io.anchorkeeper.okx.emulator.json.Json;
import io.anchorkeeper.okx.emulator.json.JsonObj;
import io.anchorkeeper.okx.emulator.json.Num;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import tools.jackson.databind.JsonNode;

/**
 * The control API over HTTP under {@code /emulator/v1/} (plain JSON, not OKX envelopes). Errors
 * answer {@code {"error":"..."}} with 400 (bad input), 404 (unknown account or path) or 409 (the
 * clock is real). Never faulted, never rate-limited, not signed: it listens on loopback only.
 */
public final class ControlHandler extends Handler.Abstract {

  private static final String BASE = "/emulator/v1/";

  private final EmulatorControl control;

  public ControlHandler(EmulatorControl control) {
    this.control = control;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    String path = request.getHttpURI().getPath();
    if (!path.startsWith(BASE)) {
      return false;
    }
    String body = Content.Source.asString(request, StandardCharsets.UTF_8);
    int status = 200;
    Object answer;
    try {
      answer =
          route(request.getMethod(), path.substring(BASE.length()), QueryParams.of(request), body);
    } catch (NoSuchElementException e) {
      status = 404;
      answer = Map.of("error", String.valueOf(e.getMessage()));
    } catch (IllegalStateException e) {
      status = 409;
      answer = Map.of("error", String.valueOf(e.getMessage()));
    } catch (RuntimeException e) {
      status = 400;
      answer = Map.of("error", String.valueOf(e.getMessage()));
    }
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
    Content.Sink.write(response, true, Json.write(answer), callback);
    return true;
  }

  private Object route(String method, String path, Map<String, String> query, String body) {
    String key = method + " " + path;
    if (key.startsWith("GET accounts/")) {
      return ControlJson.report(control.account(path.substring("accounts/".length())));
    }
    if (key.startsWith("DELETE faults/")) {
      return Map.of("removed", control.removeFaultPlan(path.substring("faults/".length())));
    }
    return switch (key) {
      case "POST accounts" -> ControlJson.account(control.createAccount(accountSpec(json(body))));
      case "GET accounts" -> control.accounts().stream().map(ControlJson::account).toList();
      case "POST mark-price" -> setMark(json(body));
      case "GET mark-price" -> ControlJson.quote(control.quote(required(query, "instId")));
      case "POST instruments" -> addInstruments(body);
      case "POST clock/advance" -> advance(json(body));
      case "GET clock" ->
          JsonObj.create()
              .raw("now", control.now().toEpochMilli())
              .raw("virtual", control.isClockVirtual())
              .map();
      case "POST faults" -> Map.of("id", control.addFaultPlan(FaultPlanJson.parse(json(body))));
      case "GET faults" -> FaultPlanJson.status(control.faultPlans());
      case "DELETE faults", "POST faults/reset" -> {
        control.clearFaults();
        yield Map.of("cleared", true);
      }
      case "GET requests" -> requests(query);
      case "DELETE requests" -> {
        control.clearRequests();
        yield Map.of("cleared", true);
      }
      case "GET settings" -> ControlJson.settings(control.settings());
      case "POST settings" -> updateSettings(json(body));
      case "POST rate-limits/reset" -> {
        control.resetRateLimits();
        yield Map.of("reset", true);
      }
      default -> throw new NoSuchElementException("no control route " + key);
    };
  }

  private static AccountSpec accountSpec(JsonNode n) {
    String typeText = Optional.ofNullable(Num.text(n.get("type"))).orElse("sub");
    AccountType type =
        AccountType.parse(typeText)
            .orElseThrow(() -> new IllegalArgumentException("type must be main or sub"));
    String usdt = Optional.ofNullable(Num.text(n.get("usdt"))).orElse("0");
    return new AccountSpec(
        Num.text(n.get("name")),
        type,
        Num.text(n.get("apiKey")),
        Num.text(n.get("secretKey")),
        Num.text(n.get("passphrase")),
        new BigDecimal(usdt),
        Num.text(n.get("main")));
  }

  private Object setMark(JsonNode n) {
    String instId = Num.text(n.get("instId"));
    BigDecimal px =
        Num.parse(Num.text(n.get("markPx")))
            .orElseThrow(() -> new IllegalArgumentException("markPx must be a number"));
    return ControlJson.quote(control.setMarkPrice(instId, px));
  }

  private Object addInstruments(String body) {
    var added = InstrumentFile.parse(body);
    added.forEach(control::addInstrument);
    return Map.of("added", added.stream().map(i -> i.instId()).toList());
  }

  /** Body {@code {"ms":1000}}, {@code {"seconds":30}} or {@code {"duration":"PT1M"}}. */
  private Object advance(JsonNode n) {
    Duration d;
    if (n.has("ms")) {
      d = Duration.ofMillis(Long.parseLong(Num.text(n.get("ms"))));
    } else if (n.has("seconds")) {
      d = Duration.ofSeconds(Long.parseLong(Num.text(n.get("seconds"))));
    } else if (n.has("duration")) {
      d = Duration.parse(Num.text(n.get("duration")));
    } else {
      throw new IllegalArgumentException("give ms, seconds or duration");
    }
    return Map.of("now", control.advanceClock(d).toEpochMilli());
  }

  private Object requests(Map<String, String> q) {
    String path = q.get("path");
    String account = q.get("account");
    String method = q.get("method");
    int limit = q.containsKey("limit") ? Integer.parseInt(q.get("limit")) : 1000;
    return control
        .requests(
            r ->
                (path == null || r.path().startsWith(path))
                    && (account == null || account.equals(r.account()))
                    && (method == null || method.equalsIgnoreCase(r.method())),
            limit)
        .stream()
        .map(ControlJson::request)
        .toList();
  }

  private Object updateSettings(JsonNode n) {
    Map<String, BigDecimal> changes = new HashMap<>();
    for (String field :
        List.of(
            "takerRate", "makerRate", "slippage", "partialFillProbability", "defaultLeverage")) {
      Num.parse(Num.text(n.get(field))).ifPresent(v -> changes.put(field, v));
    }
    control.settings(ControlJson.settings(control.settings(), changes));
    return ControlJson.settings(control.settings());
  }

  private static JsonNode json(String body) {
    return Json.parse(body)
        .filter(JsonNode::isObject)
        .orElseThrow(() -> new IllegalArgumentException("body must be a JSON object"));
  }

  private static String required(Map<String, String> query, String name) {
    String value = query.get(name);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " is required");
    }
    return value;
  }
}
