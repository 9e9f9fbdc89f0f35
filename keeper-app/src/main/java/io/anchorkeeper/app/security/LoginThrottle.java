package io.anchorkeeper.app.security;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Counts failed logins per username and per remote address. Too many within the window lock that
 * username or address for the lockout, whatever password comes next. Usernames are counted whether
 * or not they exist, so a lock says nothing about an account. A success clears its username's
 * failures; an address's failures only age out. Memory stays bounded: when more than {@link
 * #MAX_KEYS} keys are tracked, those neither locked nor recently failed are forgotten first, then
 * those not locked.
 */
public final class LoginThrottle {

  static final int MAX_KEYS = 10_000;

  private final KeeperSecurityProperties.Login policy;
  private final Clock clock;
  private final Map<String, Failures> byUsername = new HashMap<>();
  private final Map<String, Failures> byAddress = new HashMap<>();

  public LoginThrottle(KeeperSecurityProperties.Login policy, Clock clock) {
    this.policy = Objects.requireNonNull(policy, "policy must not be null");
    this.clock = Objects.requireNonNull(clock, "clock must not be null");
  }

  /** Whether a login for this username from this address is refused without being checked. */
  public synchronized boolean locked(String username, String address) {
    Instant now = clock.instant();
    return isLocked(byUsername.get(usernameKey(username)), now)
        || isLocked(byAddress.get(address), now);
  }

  /** Counts a failed login; true when it locked the username or the address. */
  public synchronized boolean failed(String username, String address) {
    Instant now = clock.instant();
    boolean lockedUsername =
        count(byUsername, usernameKey(username), policy.maxFailuresPerUsername(), now);
    boolean lockedAddress = count(byAddress, address, policy.maxFailuresPerAddress(), now);
    return lockedUsername || lockedAddress;
  }

  /** Forgets the username's failures after a successful login. */
  public synchronized void succeeded(String username) {
    byUsername.remove(usernameKey(username));
  }

  private boolean count(Map<String, Failures> map, String key, int max, Instant now) {
    if (map.size() >= MAX_KEYS) {
      map.values().removeIf(f -> f.idle(now, policy));
    }
    if (map.size() >= MAX_KEYS) {
      map.values().removeIf(f -> !isLocked(f, now));
    }
    if (map.size() >= MAX_KEYS && !map.containsKey(key)) {
      return false;
    }
    Failures failures = map.computeIfAbsent(key, k -> new Failures());
    return failures.add(now, max, policy);
  }

  private static boolean isLocked(Failures failures, Instant now) {
    return failures != null && failures.lockedUntil.isAfter(now);
  }

  private static String usernameKey(String username) {
    return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
  }

  /** Recent failures of one key, and until when it is locked. */
  private static final class Failures {
    private final Deque<Instant> recent = new ArrayDeque<>();
    private Instant lockedUntil = Instant.MIN;

    boolean add(Instant now, int max, KeeperSecurityProperties.Login policy) {
      prune(now, policy);
      recent.addLast(now);
      if (recent.size() >= max) {
        recent.clear();
        lockedUntil = now.plus(policy.lockout());
        return true;
      }
      return false;
    }

    boolean idle(Instant now, KeeperSecurityProperties.Login policy) {
      prune(now, policy);
      return recent.isEmpty() && !lockedUntil.isAfter(now);
    }

    private void prune(Instant now, KeeperSecurityProperties.Login policy) {
      Instant oldest = now.minus(policy.window());
      while (!recent.isEmpty() && !recent.peekFirst().isAfter(oldest)) {
        recent.removeFirst();
      }
    }
  }
}
