package io.anchorkeeper.okx.emulator.fault;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Holds the active fault plans and decides, per request or push, which rules fire. Rules are tried
 * in plan order, then rule order; latencies add up, and the first firing error rule of each kind
 * wins. With no plan active the check costs one volatile read.
 */
public final class FaultInjector {

  private final Map<String, ActivePlan> plans = new LinkedHashMap<>();
  private final AtomicLong ids = new AtomicLong();
  private volatile boolean active;

  /** Activates a plan; returns its id (the plan's own, or a generated one). */
  public synchronized String add(FaultPlan plan) {
    String id =
        plan.id() == null || plan.id().isBlank() ? "plan-" + ids.incrementAndGet() : plan.id();
    plans.put(id, new ActivePlan(id, plan));
    active = true;
    return id;
  }

  public synchronized boolean remove(String id) {
    boolean removed = plans.remove(id) != null;
    active = !plans.isEmpty();
    return removed;
  }

  public synchronized void clear() {
    plans.clear();
    active = false;
  }

  /** Active plans with each rule's remaining count (null: unlimited). */
  public synchronized List<PlanStatus> status() {
    List<PlanStatus> out = new ArrayList<>();
    for (ActivePlan p : plans.values()) {
      out.add(p.status());
    }
    return out;
  }

  /** The faults for one HTTP request; control paths are never faulted by the caller. */
  public HttpFault forRequest(String method, String path, String accountName) {
    if (!active) {
      return HttpFault.NONE;
    }
    synchronized (this) {
      long latency = 0;
      FaultRule instead = null;
      FaultRule after = null;
      for (ActivePlan plan : plans.values()) {
        for (ActiveRule rule : plan.rules) {
          if (!rule.rule.matchesRequest(method, path, accountName)) {
            continue;
          }
          FaultType type = rule.rule.type();
          boolean wanted =
              type == FaultType.LATENCY
                  || (type == FaultType.TIMEOUT_AFTER_EXECUTION ? after == null : instead == null);
          if (!wanted || !rule.fire(plan.random)) {
            continue;
          }
          switch (type) {
            case LATENCY -> latency += rule.rule.latencyMs();
            case TIMEOUT_AFTER_EXECUTION -> after = rule.rule;
            default -> instead = rule.rule;
          }
        }
      }
      return new HttpFault(latency, Optional.ofNullable(instead), Optional.ofNullable(after));
    }
  }

  /** True when a WS_DROP rule fires for a push to (or a drop check of) this connection. */
  public boolean dropConnection(String channel, String accountName, boolean immediateOnly) {
    if (!active) {
      return false;
    }
    synchronized (this) {
      for (ActivePlan plan : plans.values()) {
        for (ActiveRule rule : plan.rules) {
          if (rule.rule.matchesConnection(channel, accountName)
              && rule.rule.immediate() == immediateOnly
              && rule.fire(plan.random)) {
            return true;
          }
        }
      }
      return false;
    }
  }

  /** A plan's rules and how many firings each has left. */
  public record PlanStatus(String id, List<FaultRule> rules, List<Integer> remaining) {}

  private static final class ActivePlan {
    final String id;
    final Random random;
    final List<ActiveRule> rules = new ArrayList<>();

    ActivePlan(String id, FaultPlan plan) {
      this.id = id;
      this.random = new Random(plan.seed());
      plan.rules().forEach(r -> rules.add(new ActiveRule(r)));
    }

    PlanStatus status() {
      return new PlanStatus(
          id,
          rules.stream().map(r -> r.rule).toList(),
          rules.stream().map(r -> r.remaining).toList());
    }
  }

  private static final class ActiveRule {
    final FaultRule rule;
    Integer remaining;
    int matched;

    ActiveRule(FaultRule rule) {
      this.rule = rule;
      this.remaining = rule.count();
    }

    boolean fire(Random random) {
      matched++;
      if (matched <= rule.skip() || (remaining != null && remaining <= 0)) {
        return false;
      }
      if (rule.probability() < 1 && random.nextDouble() >= rule.probability()) {
        return false;
      }
      if (remaining != null) {
        remaining--;
      }
      return true;
    }
  }
}
