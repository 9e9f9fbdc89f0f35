package io.anchorkeeper.okx.emulator.support;

import io.anchorkeeper.okx.emulator.OkxEmulator;
import io.anchorkeeper.okx.emulator.auth.HmacSigner;
import io.anchorkeeper.okx.emulator.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A minimal OKX REST client for tests, over java.net.http: signs with the emulator's clock (so a
 * virtual clock works), and lets tests drop or alter headers to probe authentication.
 */
public final class OkxHttp {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final OkxEmulator emulator;
  private final TestAccount account;

  public OkxHttp(OkxEmulator emulator, TestAccount account) {
    this.emulator = emulator;
    this.account = account;
  }

  /** An unsigned client for public endpoints. */
  public static OkxHttp anonymous(OkxEmulator emulator) {
    return new OkxHttp(emulator, null);
  }

  /** A status and parsed JSON body. */
  public record Reply(int status, JsonNode body, String raw) {
    public String code() {
      return body.path("code").asString();
    }

    public JsonNode data(int i) {
      return body.path("data").path(i);
    }

    public JsonNode item() {
      return data(0);
    }
  }

  public Reply get(String pathAndQuery) {
    return send("GET", pathAndQuery, "", signedHeaders("GET", pathAndQuery, ""));
  }

  public Reply post(String path, String body) {
    return send("POST", path, body, signedHeaders("POST", path, body));
  }

  /** POSTs a JSON object or array built from maps and lists. */
  public Reply post(String path, Object body) {
    return post(path, Json.write(body));
  }

  /** The OK-ACCESS-* headers a correct client would send now. */
  public Map<String, String> signedHeaders(String method, String pathAndQuery, String body) {
    Map<String, String> headers = new LinkedHashMap<>();
    if (account == null) {
      return headers;
    }
    String ts = Instant.ofEpochMilli(emulator.clock().millis()).toString();
    if (!ts.contains(".")) {
      ts = ts.replace("Z", ".000Z");
    }
    headers.put("OK-ACCESS-KEY", account.apiKey());
    headers.put(
        "OK-ACCESS-SIGN",
        HmacSigner.sign(
            account.secretKey(), HmacSigner.restPrehash(ts, method, pathAndQuery, body)));
    headers.put("OK-ACCESS-TIMESTAMP", ts);
    headers.put("OK-ACCESS-PASSPHRASE", account.passphrase());
    return headers;
  }

  /** Sends a request with exactly these headers. */
  public Reply send(String method, String pathAndQuery, String body, Map<String, String> headers) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(emulator.baseUrl() + pathAndQuery))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json");
    headers.forEach(b::header);
    b.method(
        method,
        body.isEmpty()
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    try {
      HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(r.statusCode(), Json.parse(r.body()).orElse(null), r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
