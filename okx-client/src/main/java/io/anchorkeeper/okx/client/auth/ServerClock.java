package io.anchorkeeper.okx.client.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Local time corrected by the offset to OKX server time, so a drifting local clock never makes OKX
 * reject a signature as expired (50102, more than 30 s off). One instance serves every client of a
 * process: the offset belongs to the machine's clock, not to an account.
 *
 * <p>The offset is measured lazily: before the first use, whenever it is older than the refresh
 * interval, and on demand after a 50102. A failed measurement keeps the previous offset and is
 * retried no sooner than {@code retryAfterFailure}.
 */
public final class ServerClock {
  private static final Logger LOG = LoggerFactory.getLogger(ServerClock.class);
  private static final Duration RETRY_AFTER_FAILURE = Duration.ofSeconds(5);

  private final Clock localClock;
  private final Supplier<Instant> serverTime;
  private final Duration refreshInterval;
  private volatile long offsetMillis;
  private volatile Instant nextSyncAt = Instant.MIN;

  /**
   * @param serverTime reads OKX server time ({@code GET /api/v5/public/time}); may throw
   */
  public ServerClock(Clock localClock, Supplier<Instant> serverTime, Duration refreshInterval) {
    this.localClock = Objects.requireNonNull(localClock);
    this.serverTime = Objects.requireNonNull(serverTime);
    this.refreshInterval = Objects.requireNonNull(refreshInterval);
  }

  /** Best estimate of OKX server time now, measuring the offset first when it is due. */
  public Instant now() {
    if (!localClock.instant().isBefore(nextSyncAt)) {
      syncIfDue();
    }
    return localClock.instant().plusMillis(offsetMillis);
  }

  /** Milliseconds to add to local time to get server time. */
  public long offsetMillis() {
    return offsetMillis;
  }

  /** Measures the offset now, whatever its age; used after OKX answered 50102. */
  public synchronized void resync() {
    Instant before = localClock.instant();
    try {
      Instant server = serverTime.get();
      Instant after = localClock.instant();
      long midpoint = before.toEpochMilli() + (after.toEpochMilli() - before.toEpochMilli()) / 2;
      offsetMillis = server.toEpochMilli() - midpoint;
      nextSyncAt = after.plus(refreshInterval);
      LOG.debug("OKX server time offset is {} ms", offsetMillis);
    } catch (RuntimeException e) {
      nextSyncAt = before.plus(RETRY_AFTER_FAILURE);
      LOG.warn(
          "Could not read OKX server time; keeping offset {} ms: {}", offsetMillis, e.toString());
    }
  }

  private synchronized void syncIfDue() {
    if (!localClock.instant().isBefore(nextSyncAt)) {
      resync();
    }
  }
}
