package io.anchorkeeper.app.ops;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of {@code keeper.ops}.
 *
 * @param exchangeProbeTimeout how long the health check waits for the exchange's server time
 * @param exchangeProbeEvery how long one probe's answer is reused, so health checks cost the
 *     exchange's public rate budget at most one call in this time
 * @param stuckAfter a procedure running longer than this is reported as stuck
 */
@ConfigurationProperties("keeper.ops")
public record OpsProperties(
    @DefaultValue("3s") Duration exchangeProbeTimeout,
    @DefaultValue("15s") Duration exchangeProbeEvery,
    @DefaultValue("10m") Duration stuckAfter) {

  public OpsProperties {
    requirePositive("keeper.ops.exchange-probe-timeout", exchangeProbeTimeout);
    requirePositive("keeper.ops.exchange-probe-every", exchangeProbeEvery);
    requirePositive("keeper.ops.stuck-after", stuckAfter);
  }

  private static void requirePositive(String name, Duration value) {
    if (value == null || value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, was " + value);
    }
  }
}
