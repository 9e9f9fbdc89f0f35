package io.anchorkeeper.okx.client.ratelimit;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * All rate-limit budgets of one process. Share one registry among every client: IP-scoped limits
 * are then shared by all of them, while UID-scoped ones are keyed by each account's budget key.
 *
 * <p>Each window is lengthened by {@code padding}, a margin for the difference between when OKX and
 * this client see a request end. REST calls {@link #hold} their permits until the answer arrives,
 * so the time a request spends on its way never lets it fall into a later window than counted.
 */
public final class RateLimiterRegistry {
  private final Map<String, SlidingWindowLimiter> limiters = new ConcurrentHashMap<>();
  private final TimeSource time;
  private final Duration padding;
  private final RateLimitListener listener;

  public RateLimiterRegistry(TimeSource time, Duration padding, RateLimitListener listener) {
    this.time = Objects.requireNonNull(time);
    this.padding = Objects.requireNonNull(padding);
    this.listener = Objects.requireNonNull(listener);
  }

  /** A registry on system time with a 100 ms padding and no listener. */
  public static RateLimiterRegistry withDefaults() {
    return new RateLimiterRegistry(
        TimeSource.system(), Duration.ofMillis(100), RateLimitListener.none());
  }

  /**
   * Waits until {@code permits} permits of the budget {@code key} are free and takes them; their
   * window runs from now.
   *
   * @param key identifies the budget within the rule: see {@link #key}
   * @return how long it waited
   */
  public Duration acquire(RateLimitRule rule, String key, int permits) throws InterruptedException {
    long start = time.nanoTime();
    SlidingWindowLimiter limiter = limiter(rule, key);
    long wait;
    while ((wait = limiter.tryAcquire(permits, time.nanoTime())) > 0) {
      time.sleepNanos(wait);
    }
    Duration waited = Duration.ofNanos(time.nanoTime() - start);
    listener.onPermit(rule.bucket(), rule.scope(), waited);
    return waited;
  }

  /**
   * Waits until {@code permits} permits of the budget {@code key} are free and holds them for one
   * request: they count until the returned permit is closed, when the answer has arrived, and their
   * window runs from then. However long the request took to reach OKX, OKX counted it inside that
   * window, so no uneven delay between taking a permit and sending can exceed a limit.
   *
   * @param key identifies the budget within the rule: see {@link #key}
   */
  public Permit hold(RateLimitRule rule, String key, int permits) throws InterruptedException {
    long start = time.nanoTime();
    SlidingWindowLimiter limiter = limiter(rule, key);
    int[] slots = new int[permits];
    long wait;
    while ((wait = limiter.tryTake(permits, time.nanoTime(), slots)) > 0) {
      time.sleepNanos(wait);
    }
    Duration waited = Duration.ofNanos(time.nanoTime() - start);
    listener.onPermit(rule.bucket(), rule.scope(), waited);
    return new Permit(limiter, slots, time, waited);
  }

  /**
   * Takes one permit if free, without waiting.
   *
   * @return zero when taken, otherwise how long to wait before asking again
   */
  public Duration tryAcquire(RateLimitRule rule, String key) {
    long wait = limiter(rule, key).tryAcquire(1, time.nanoTime());
    if (wait == 0) {
      listener.onPermit(rule.bucket(), rule.scope(), Duration.ZERO);
    }
    return Duration.ofNanos(wait);
  }

  /**
   * The budget key within a rule: the account (for UID scope, "ip" for IP scope) and the value of
   * the rule's split parameter ({@code ""} when it has none).
   */
  public static String key(RateLimitRule rule, String accountBudgetKey, String parameterValue) {
    String owner = rule.scope() == LimitScope.IP ? "ip" : accountBudgetKey;
    return owner + '|' + parameterValue;
  }

  private SlidingWindowLimiter limiter(RateLimitRule rule, String key) {
    long windowNanos = rule.window().plus(padding).toNanos();
    return limiters.computeIfAbsent(
        rule.bucket() + '#' + key, k -> new SlidingWindowLimiter(rule.permits(), windowNanos));
  }
}
