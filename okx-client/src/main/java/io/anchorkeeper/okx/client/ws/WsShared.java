package io.anchorkeeper.okx.client.ws;

import io.anchorkeeper.okx.client.WireTap;
import io.anchorkeeper.okx.client.auth.ServerClock;
import io.anchorkeeper.okx.client.ratelimit.RateLimiterRegistry;
import java.net.http.HttpClient;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;

/**
 * What every connection of one factory shares: the HTTP client, a small timer pool (keep-alive,
 * reconnects), an executor for blocking listener callbacks, the connection pacing and the server
 * clock for login timestamps, and the wire tap (usually {@link WireTap#NONE}).
 */
public record WsShared(
    HttpClient http,
    ScheduledExecutorService scheduler,
    Executor callbacks,
    RateLimiterRegistry limiters,
    ServerClock serverClock,
    WebSocketSettings settings,
    WireTap tap) {}
