package io.anchorkeeper.okx.client;

import io.anchorkeeper.okx.client.ratelimit.RateLimitListener;
import io.anchorkeeper.okx.client.ratelimit.TimeSource;
import io.anchorkeeper.okx.client.ws.WebSocketSettings;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Where and how to reach OKX (live, demo or a local emulator) and the timing the clients use.
 *
 * @param restBaseUrl scheme, host and port, no path, e.g. {@code https://www.okx.com}
 * @param demo sends {@code x-simulated-trading: 1} on every REST request (demo keys only work so)
 * @param serverTimeRefresh how often the server-time offset is re-measured
 * @param rateLimitPadding added to every limit window, against uneven network delay
 * @param clock local wall clock, corrected by the server-time offset before signing
 * @param timeSource monotonic time for the rate limiters
 */
public record OkxConfig(
    URI restBaseUrl,
    URI publicWsUrl,
    URI privateWsUrl,
    boolean demo,
    Duration connectTimeout,
    Duration requestTimeout,
    Duration serverTimeRefresh,
    Duration rateLimitPadding,
    RateLimitListener rateLimitListener,
    Clock clock,
    TimeSource timeSource,
    WebSocketSettings webSocket) {

  public OkxConfig {
    Objects.requireNonNull(restBaseUrl);
    Objects.requireNonNull(publicWsUrl);
    Objects.requireNonNull(privateWsUrl);
    Objects.requireNonNull(connectTimeout);
    Objects.requireNonNull(requestTimeout);
    Objects.requireNonNull(serverTimeRefresh);
    Objects.requireNonNull(rateLimitPadding);
    Objects.requireNonNull(rateLimitListener);
    Objects.requireNonNull(clock);
    Objects.requireNonNull(timeSource);
    Objects.requireNonNull(webSocket);
  }

  /** OKX production. */
  public static OkxConfig live() {
    return of(
        "https://www.okx.com",
        "wss://ws.okx.com:8443/ws/v5/public",
        "wss://ws.okx.com:8443/ws/v5/private",
        false);
  }

  /** OKX demo trading (paper): same REST host plus the demo header, {@code wspap} WebSockets. */
  public static OkxConfig demoTrading() {
    return of(
        "https://www.okx.com",
        "wss://wspap.okx.com:8443/ws/v5/public",
        "wss://wspap.okx.com:8443/ws/v5/private",
        true);
  }

  /** An OKX-compatible server on this machine, e.g. the emulator, with OKX's paths. */
  public static OkxConfig loopback(int port) {
    String host = "127.0.0.1:" + port;
    return of(
        "http://" + host,
        "ws://" + host + "/ws/v5/public",
        "ws://" + host + "/ws/v5/private",
        false);
  }

  private static OkxConfig of(String rest, String publicWs, String privateWs, boolean demo) {
    return new OkxConfig(
        URI.create(rest),
        URI.create(publicWs),
        URI.create(privateWs),
        demo,
        Duration.ofSeconds(5),
        Duration.ofSeconds(10),
        Duration.ofMinutes(10),
        Duration.ofMillis(100),
        RateLimitListener.none(),
        Clock.systemUTC(),
        TimeSource.system(),
        WebSocketSettings.defaults());
  }

  public OkxConfig withUrls(URI rest, URI publicWs, URI privateWs) {
    return new OkxConfig(
        rest,
        publicWs,
        privateWs,
        demo,
        connectTimeout,
        requestTimeout,
        serverTimeRefresh,
        rateLimitPadding,
        rateLimitListener,
        clock,
        timeSource,
        webSocket);
  }

  public OkxConfig withDemo(boolean value) {
    return new OkxConfig(
        restBaseUrl,
        publicWsUrl,
        privateWsUrl,
        value,
        connectTimeout,
        requestTimeout,
        serverTimeRefresh,
        rateLimitPadding,
        rateLimitListener,
        clock,
        timeSource,
        webSocket);
  }

  public OkxConfig withTimeouts(Duration connect, Duration request) {
    return new OkxConfig(
        restBaseUrl,
        publicWsUrl,
        privateWsUrl,
        demo,
        connect,
        request,
        serverTimeRefresh,
        rateLimitPadding,
        rateLimitListener,
        clock,
        timeSource,
        webSocket);
  }

  public OkxConfig withClock(Clock value) {
    return new OkxConfig(
        restBaseUrl,
        publicWsUrl,
        privateWsUrl,
        demo,
        connectTimeout,
        requestTimeout,
        serverTimeRefresh,
        rateLimitPadding,
        rateLimitListener,
        value,
        timeSource,
        webSocket);
  }

  public OkxConfig withRateLimits(TimeSource time, Duration padding, RateLimitListener listener) {
    return new OkxConfig(
        restBaseUrl,
        publicWsUrl,
        privateWsUrl,
        demo,
        connectTimeout,
        requestTimeout,
        serverTimeRefresh,
        padding,
        listener,
        clock,
        time,
        webSocket);
  }

  public OkxConfig withWebSocket(WebSocketSettings value) {
    return new OkxConfig(
        restBaseUrl,
        publicWsUrl,
        privateWsUrl,
        demo,
        connectTimeout,
        requestTimeout,
        serverTimeRefresh,
        rateLimitPadding,
        rateLimitListener,
        clock,
        timeSource,
        value);
  }
}
