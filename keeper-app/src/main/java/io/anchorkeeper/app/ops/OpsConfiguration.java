package io.anchorkeeper.app.ops;

import io.anchorkeeper.app.engine.KeeperEngine;
import io.anchorkeeper.app.engine.ProcedureRunner;
import io.anchorkeeper.app.engine.SlotConfig;
import io.anchorkeeper.app.engine.SlotRegistry;
import io.anchorkeeper.app.okx.OkxConnections;
import io.anchorkeeper.app.okx.OkxExchange;
import io.anchorkeeper.app.okx.OkxFeed;
import io.anchorkeeper.core.port.Exchange;
import io.anchorkeeper.okx.client.OkxClientFactory;
import io.anchorkeeper.okx.client.ratelimit.RateLimitListener;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * The operator's view: meters for procedures, orders, rate-limit waits, alerts and slots (exported
 * by the Prometheus registry at {@code /actuator/prometheus}), and the health components {@code
 * exchange}, {@code websocket} and {@code engine} beside Boot's {@code db}. Hooks into the engine
 * without changing it: runner listeners, the exchange behind a timing decorator (primary), the OKX
 * client's rate-limit listener ({@code ExchangeConfiguration}) and the alert log ({@code
 * EngineConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
class OpsConfiguration {

  @Bean
  ProcedureMetrics procedureMetrics(MeterRegistry registry, ProcedureRunner runner) {
    ProcedureMetrics metrics = new ProcedureMetrics(registry);
    runner.addListener(metrics);
    return metrics;
  }

  /** The engine talks to the exchange through this; orders are timed on their way. */
  @Bean
  @Primary
  Exchange timedExchange(OkxExchange exchange, MeterRegistry registry) {
    return new TimedExchange(exchange, registry);
  }

  @Bean
  RateLimitListener rateLimitMetrics(MeterRegistry registry) {
    return new RateLimitMetrics(registry);
  }

  @Bean
  AlertMetrics alertMetrics(MeterRegistry registry) {
    return new AlertMetrics(registry);
  }

  @Bean
  SlotStatusGauges slotStatusGauges(MeterRegistry registry, KeeperEngine engine, Clock clock) {
    return SlotStatusGauges.register(registry, engine, clock);
  }

  @Bean
  ProcedureWatch procedureWatch(
      SlotRegistry slots, ProcedureRunner runner, Clock clock, OpsProperties properties) {
    ProcedureWatch watch =
        new ProcedureWatch(
            () -> slots.all().stream().map(SlotConfig::id).toList(),
            runner::running,
            clock,
            properties.stuckAfter());
    runner.addListener(watch);
    return watch;
  }

  @Bean(destroyMethod = "shutdownNow")
  ExecutorService exchangeProbes() {
    return Executors.newSingleThreadExecutor(
        runnable -> {
          Thread thread = new Thread(runnable, "exchange-health-probe");
          thread.setDaemon(true);
          return thread;
        });
  }

  @Bean
  ExchangeHealthIndicator exchangeHealthIndicator(
      OkxClientFactory okx, ExecutorService exchangeProbes, Clock clock, OpsProperties properties) {
    return new ExchangeHealthIndicator(
        okx,
        exchangeProbes,
        clock,
        properties.exchangeProbeTimeout(),
        properties.exchangeProbeEvery());
  }

  @Bean
  WebSocketHealthIndicator websocketHealthIndicator(OkxConnections connections, OkxFeed feed) {
    return new WebSocketHealthIndicator(connections, feed);
  }

  @Bean
  EngineHealthIndicator engineHealthIndicator(ProcedureWatch watch, OpsProperties properties) {
    return new EngineHealthIndicator(watch, properties.stuckAfter());
  }
}
