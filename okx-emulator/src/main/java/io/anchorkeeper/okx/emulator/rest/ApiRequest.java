package io.anchorkeeper.okx.emulator.rest;

import io.anchorkeeper.okx.emulator.engine.Account;
import io.anchorkeeper.okx.emulator.engine.Errors;
import io.anchorkeeper.okx.emulator.json.Json;
import io.anchorkeeper.okx.emulator.json.Num;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import tools.jackson.databind.JsonNode;

/**
 * One REST request as the endpoints see it: parameters come from the query string (GET) or the JSON
 * body (POST), as strings whatever their JSON type; blank values count as absent. {@code account}
 * is set for signed requests.
 */
public final class ApiRequest {

  private final String method;
  private final String path;
  private final String clientIp;
  private final Map<String, String> query;
  private final String body;
  private final UnaryOperator<String> headers;
  private JsonNode bodyJson;
  private Account account;

  public ApiRequest(
      String method, String path, String clientIp, Map<String, String> query, String body) {
    this(method, path, clientIp, query, body, name -> null);
  }

  /**
   * @param headers the value of a request header by name (case-insensitive), null when absent
   */
  public ApiRequest(
      String method,
      String path,
      String clientIp,
      Map<String, String> query,
      String body,
      UnaryOperator<String> headers) {
    this.method = method;
    this.path = path;
    this.clientIp = clientIp;
    this.query = Map.copyOf(query);
    this.body = body;
    this.headers = headers;
  }

  public String method() {
    return method;
  }

  public String path() {
    return path;
  }

  public String clientIp() {
    return clientIp;
  }

  public String body() {
    return body;
  }

  /** A request header such as {@code expTime}, or empty when absent or blank. */
  public Optional<String> header(String name) {
    String value = headers.apply(name);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
  }

  /** The body as JSON; a body that is not JSON answers 51000 "Parameter body error". */
  public JsonNode json() {
    if (bodyJson == null) {
      bodyJson =
          body.isBlank()
              ? Json.parse("{}").orElseThrow()
              : Json.parse(body).orElseThrow(() -> Errors.param("body"));
    }
    return bodyJson;
  }

  public Account account() {
    if (account == null) {
      throw new IllegalStateException("not a signed request: " + path);
    }
    return account;
  }

  void account(Account signedBy) {
    this.account = signedBy;
  }

  /** The parameter, or empty when absent or blank. */
  public Optional<String> param(String name) {
    String value;
    if ("GET".equals(method)) {
      value = query.get(name);
    } else {
      JsonNode node = json();
      value = node.isObject() ? Num.text(node.get(name)) : null;
    }
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
  }

  public String param(String name, String fallback) {
    return param(name).orElse(fallback);
  }

  /** A required parameter; 50014 when absent. */
  public String required(String name) {
    return param(name).orElseThrow(() -> Errors.empty(name));
  }

  /** An optional decimal parameter; 51000 when present but not a number. */
  public Optional<BigDecimal> decimal(String name) {
    return param(name).map(v -> Num.parse(v).orElseThrow(() -> Errors.param(name)));
  }

  /** A required positive decimal parameter. */
  public BigDecimal requiredPositive(String name) {
    BigDecimal value = Num.parse(required(name)).orElseThrow(() -> Errors.param(name));
    if (value.signum() <= 0) {
      throw Errors.param(name);
    }
    return value;
  }

  /** A whole-number parameter such as {@code limit}, clamped to {@code [1, max]}. */
  public int limit(int fallback, int max) {
    Optional<String> value = param("limit");
    if (value.isEmpty()) {
      return fallback;
    }
    try {
      return Math.max(1, Math.min(max, Integer.parseInt(value.get())));
    } catch (NumberFormatException e) {
      throw Errors.param("limit");
    }
  }

  /** A millisecond timestamp parameter ({@code after}, {@code before}, ...). */
  public Optional<Long> millis(String name) {
    return param(name)
        .map(
            v -> {
              try {
                return Long.parseLong(v);
              } catch (NumberFormatException e) {
                throw Errors.param(name);
              }
            });
  }
}
