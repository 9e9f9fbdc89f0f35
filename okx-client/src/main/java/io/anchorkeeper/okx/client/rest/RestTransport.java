package io.anchorkeeper.okx.client.rest;

import io.anchorkeeper.okx.client.WireTap;
import io.anchorkeeper.okx.client.auth.OkxCredentials;
import io.anchorkeeper.okx.client.auth.RestSignature;
import io.anchorkeeper.okx.client.auth.ServerClock;
import io.anchorkeeper.okx.client.error.OkxErrorCodes;
import io.anchorkeeper.okx.client.error.OkxException;
import io.anchorkeeper.okx.client.json.OkxFields;
import io.anchorkeeper.okx.client.ratelimit.Permit;
import io.anchorkeeper.okx.client.ratelimit.RateLimitRule;
import io.anchorkeeper.okx.client.ratelimit.RateLimiterRegistry;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one signed call: takes its rate-limit permits, signs the exact bytes it sends, reads the
 * envelope before the HTTP status, and turns every failure into an {@link OkxException}.
 *
 * <p>A call OKX refuses with 50102 (timestamp expired) is retried once after re-measuring the
 * server-time offset; OKX refused it at authentication, so it certainly had no effect.
 */
public final class RestTransport {
  private static final Logger LOG = LoggerFactory.getLogger(RestTransport.class);

  /** What to do with items whose {@code sCode} is not "0". */
  public enum ItemFailures {
    /** Throw the first failed item's error: single-order calls and plain endpoints. */
    THROW,
    /** Return every item with its own {@code sCode}: batch calls. */
    RETURN
  }

  private final String baseUrl;
  private final boolean demo;
  private final Duration requestTimeout;
  private final HttpClient http;
  private final ServerClock serverClock;
  private final RateLimiterRegistry limiters;
  private final Optional<OkxCredentials> credentials;
  private final String budgetKey;
  private final WireTap tap;

  /**
   * @param baseUrl scheme, host and port only, e.g. {@code https://www.okx.com}
   * @param demo adds {@code x-simulated-trading: 1} to every request
   */
  public RestTransport(
      URI baseUrl,
      boolean demo,
      Duration requestTimeout,
      HttpClient http,
      ServerClock serverClock,
      RateLimiterRegistry limiters,
      Optional<OkxCredentials> credentials,
      WireTap tap) {
    String path = Objects.requireNonNullElse(baseUrl.getRawPath(), "");
    if (!path.isEmpty() && !path.equals("/")) {
      throw new IllegalArgumentException("The REST base URL must not have a path: " + baseUrl);
    }
    String text = baseUrl.toString();
    this.baseUrl = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    this.demo = demo;
    this.requestTimeout = Objects.requireNonNull(requestTimeout);
    this.http = Objects.requireNonNull(http);
    this.serverClock = Objects.requireNonNull(serverClock);
    this.limiters = Objects.requireNonNull(limiters);
    this.credentials = Objects.requireNonNull(credentials);
    this.budgetKey = credentials.map(OkxCredentials::budgetKey).orElse("public");
    this.tap = Objects.requireNonNull(tap);
  }

  /** Calls {@code endpoint} and maps each item of {@code data}. */
  public <T> List<T> call(
      Endpoint endpoint,
      RestPayload payload,
      ItemFailures itemFailures,
      Function<OkxFields, T> mapper) {
    if (endpoint.signed() && credentials.isEmpty()) {
      throw new IllegalStateException(endpoint + " needs credentials; this client has none");
    }
    Envelope envelope;
    try {
      envelope = exchange(endpoint, payload);
    } catch (OkxException.AuthenticationFailed e) {
      if (!OkxErrorCodes.TIMESTAMP_EXPIRED.equals(e.code().orElse(""))) {
        throw e;
      }
      LOG.info(
          "{} answered 50102; re-measuring the server time offset and retrying once", endpoint);
      serverClock.resync();
      envelope = exchange(endpoint, payload);
    }
    List<OkxFields> items = checkItems(endpoint, payload, envelope, itemFailures);
    try {
      return items.stream().map(mapper).toList();
    } catch (RuntimeException e) {
      throw afterSending(endpoint, payload, "unreadable data: " + e, e);
    }
  }

  /** Calls an endpoint that answers with exactly one item, failing its items as {@code THROW}. */
  public <T> T callOne(Endpoint endpoint, RestPayload payload, Function<OkxFields, T> mapper) {
    List<T> items = call(endpoint, payload, ItemFailures.THROW, mapper);
    if (items.isEmpty()) {
      throw afterSending(endpoint, payload, "success without data", null);
    }
    return items.get(0);
  }

  private Envelope exchange(Endpoint endpoint, RestPayload payload) {
    String pathWithQuery =
        endpoint.path() + (payload.query().isEmpty() ? "" : "?" + payload.query());
    HttpResponse<String> response;
    List<Permit> permits = takePermits(endpoint, payload);
    try {
      HttpRequest request = request(endpoint, pathWithQuery, payload);
      tap.requestSending(
          budgetKey, endpoint.method().name(), pathWithQuery, payload.body(), System.nanoTime());
      response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (HttpConnectTimeoutException | ConnectException e) {
      throw new OkxException.Unavailable(
          endpoint.displayName(), null, "could not connect, request not sent (" + e + ")", e);
    } catch (HttpTimeoutException e) {
      throw afterSending(endpoint, payload, "no response within " + requestTimeout, e);
    } catch (IOException e) {
      throw afterSending(endpoint, payload, "connection failed after sending (" + e + ")", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw afterSending(endpoint, payload, "interrupted while awaiting the response", e);
    } finally {
      tap.responseReceived(budgetKey, endpoint.method().name(), pathWithQuery, System.nanoTime());
      permits.forEach(Permit::close);
    }
    LOG.debug("{} -> HTTP {}", endpoint, response.statusCode());
    return interpret(endpoint, payload, response.statusCode(), response.body());
  }

  private HttpRequest request(Endpoint endpoint, String pathWithQuery, RestPayload payload) {
    String body = payload.body();
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(baseUrl + pathWithQuery))
            .timeout(requestTimeout)
            .header("Accept", "application/json")
            .header("Content-Type", "application/json");
    payload.headers().forEach(builder::header);
    if (endpoint.method() == HttpMethod.POST) {
      builder.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    } else {
      builder.GET();
    }
    if (demo) {
      builder.header("x-simulated-trading", "1");
    }
    if (endpoint.signed()) {
      RestSignature.headers(
              credentials.orElseThrow(),
              serverClock.now(),
              endpoint.method().name(),
              pathWithQuery,
              body)
          .forEach(builder::header);
    }
    return builder.build();
  }

  private Envelope interpret(Endpoint endpoint, RestPayload payload, int status, String body) {
    Optional<Envelope> parsed = Envelope.parse(body);
    if (parsed.isEmpty()) {
      throw withoutEnvelope(endpoint, payload, status);
    }
    Envelope envelope = parsed.get();
    if (envelope.carriesItemOutcomes()) {
      return envelope;
    }
    OkxException failure =
        OkxErrorCodes.classify(
            endpoint.displayName(),
            endpoint.changesState(),
            envelope.code(),
            envelope.msg(),
            payload.clOrdId());
    if (status >= 500 && failure instanceof OkxException.Rejected) {
      throw afterSending(
          endpoint, payload, "HTTP " + status + " " + envelope.code() + " " + envelope.msg(), null);
    }
    throw failure;
  }

  private OkxException withoutEnvelope(Endpoint endpoint, RestPayload payload, int status) {
    String name = endpoint.displayName();
    if (status == 429) {
      return new OkxException.RateLimited(name, null, "HTTP 429");
    }
    if (status == 401) {
      return new OkxException.AuthenticationFailed(name, null, "HTTP 401");
    }
    if (status >= 400 && status < 500) {
      return new OkxException.Rejected(
          name, String.valueOf(status), "HTTP " + status, payload.clOrdId());
    }
    return afterSending(endpoint, payload, "HTTP " + status + " without an OKX envelope", null);
  }

  private static List<OkxFields> checkItems(
      Endpoint endpoint, RestPayload payload, Envelope envelope, ItemFailures itemFailures) {
    if (itemFailures == ItemFailures.THROW) {
      for (OkxFields item : envelope.data()) {
        String sCode = item.text("sCode");
        if (!sCode.isEmpty() && !sCode.equals(OkxErrorCodes.SUCCESS)) {
          throw OkxErrorCodes.classify(
              endpoint.displayName(),
              endpoint.changesState(),
              sCode,
              item.text("sMsg"),
              item.optionalText("clOrdId").or(payload::clOrdId));
        }
      }
    }
    boolean callerReadsItems = itemFailures == ItemFailures.RETURN && !envelope.data().isEmpty();
    if (!envelope.code().equals(OkxErrorCodes.SUCCESS) && !callerReadsItems) {
      throw OkxErrorCodes.classify(
          endpoint.displayName(),
          endpoint.changesState(),
          envelope.code(),
          envelope.msg(),
          payload.clOrdId());
    }
    return envelope.data();
  }

  /** A failure once the request may have reached OKX: unknown for writes, harmless for reads. */
  private static OkxException afterSending(
      Endpoint endpoint, RestPayload payload, String message, Throwable cause) {
    return endpoint.changesState()
        ? new OkxException.OutcomeUnknown(
            endpoint.displayName(), null, message, payload.clOrdId(), cause)
        : new OkxException.Unavailable(endpoint.displayName(), null, message, cause);
  }

  /**
   * Holds every permit the call needs until its answer arrives (see {@link
   * RateLimiterRegistry#hold}); on failure to get them all, releases those already held.
   */
  private List<Permit> takePermits(Endpoint endpoint, RestPayload payload) {
    List<Permit> held = new ArrayList<>();
    try {
      for (RateLimitRule rule : endpoint.limits()) {
        Map<String, Integer> permitsByValue = new LinkedHashMap<>();
        for (RequestParams item : payload.items()) {
          permitsByValue.merge(rule.perParameter().map(item::text).orElse(""), 1, Integer::sum);
        }
        for (Map.Entry<String, Integer> entry : permitsByValue.entrySet()) {
          held.add(
              limiters.hold(
                  rule,
                  RateLimiterRegistry.key(rule, budgetKey, entry.getKey()),
                  entry.getValue()));
        }
      }
      return held;
    } catch (InterruptedException e) {
      held.forEach(Permit::close);
      Thread.currentThread().interrupt();
      throw new OkxException.Unavailable(
          endpoint.displayName(), null, "interrupted awaiting a rate-limit permit, not sent", e);
    }
  }
}
