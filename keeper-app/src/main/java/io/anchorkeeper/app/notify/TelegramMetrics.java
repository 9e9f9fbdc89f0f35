package io.anchorkeeper.app.notify;

import io.anchorkeeper.app.notify.telegram.TelegramStats;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * The Telegram counters as Micrometer meters: {@code keeper.notify.telegram.messages} by outcome
 * (sent, retried, failed, dropped), {@code keeper.notify.telegram.commands} by outcome (handled,
 * ignored) and the gauge {@code keeper.notify.telegram.queued}.
 */
final class TelegramMetrics {

  private TelegramMetrics() {}

  static void register(MeterRegistry registry, Supplier<TelegramStats> stats) {
    counter(registry, "keeper.notify.telegram.messages", "sent", stats, TelegramStats::sent);
    counter(registry, "keeper.notify.telegram.messages", "retried", stats, TelegramStats::retried);
    counter(registry, "keeper.notify.telegram.messages", "failed", stats, TelegramStats::failed);
    counter(registry, "keeper.notify.telegram.messages", "dropped", stats, TelegramStats::dropped);
    counter(
        registry,
        "keeper.notify.telegram.commands",
        "handled",
        stats,
        TelegramStats::commandsHandled);
    counter(
        registry,
        "keeper.notify.telegram.commands",
        "ignored",
        stats,
        TelegramStats::commandsIgnored);
    Gauge.builder("keeper.notify.telegram.queued", stats, s -> s.get().queued())
        .description("Telegram messages waiting to be sent")
        .register(registry);
  }

  private static void counter(
      MeterRegistry registry,
      String name,
      String outcome,
      Supplier<TelegramStats> stats,
      ToLongFunction<TelegramStats> value) {
    FunctionCounter.builder(name, stats, s -> value.applyAsLong(s.get()))
        .tag("outcome", outcome)
        .register(registry);
  }
}
