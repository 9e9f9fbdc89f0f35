package io.anchorkeeper.app.web;

import java.time.Duration;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of {@code keeper.dashboard}.
 *
 * @param sampleInterval how often every slot's profit rate and margin are sampled for its chart
 *     (and at the end of every procedure besides)
 * @param sampleRetention how long samples are kept
 * @param refreshInterval the least time between two position refreshes sent to open pages
 * @param actionWait how long a manual action's answer waits for the procedure's record before it
 *     says "running" (the record then arrives by the live stream)
 * @param eventTimeout how long one event stream stays open before the browser reconnects
 */
@ConfigurationProperties("keeper.dashboard")
public record DashboardProperties(
    @DefaultValue("30s") Duration sampleInterval,
    @DefaultValue("7d") Duration sampleRetention,
    @DefaultValue("1s") Duration refreshInterval,
    @DefaultValue("5s") Duration actionWait,
    @DefaultValue("30m") Duration eventTimeout) {

  public DashboardProperties {
    requirePositive("keeper.dashboard.sample-interval", sampleInterval);
    requirePositive("keeper.dashboard.sample-retention", sampleRetention);
    requirePositive("keeper.dashboard.refresh-interval", refreshInterval);
    requirePositive("keeper.dashboard.action-wait", actionWait);
    requirePositive("keeper.dashboard.event-timeout", eventTimeout);
  }

  private static void requirePositive(String name, Duration value) {
    Objects.requireNonNull(value, name + " is required");
    if (value.isZero() || value.isNegative()) {
      throw new IllegalArgumentException(name + " must be positive, was " + value);
    }
  }
}
