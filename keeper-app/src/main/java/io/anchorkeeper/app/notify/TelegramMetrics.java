package io.anchorkeeper.app.notify;

import io.anchorkeeper.app.notify.telegram.TelegramSender;
import io.anchorkeeper.app.notify.telegram.TelegramStats;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.ToLongFunction;

/**
 * The Telegram counters as Micrometer meters: {@code keeper.notify.telegram.messages} by outcome
 * (sent, retried, failed, dropped), {@code keeper.notify.telegram.commands} by outcome (handled,
 * ignored) and the gauge {@code keeper.notify.telegram.queued}.
 */
final class TelegramMetrics {

  private TelegramMetrics() {}

  static void register(MeterRegistry registry, TelegramSender stats) {
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
    Gauge.builder("keeper.notify.telegram.queued", stats, s -> s.stats().queued())
        .description("Telegram messages waiting to be sent")
        .register(registry);
  }

  private static void counter(
      MeterRegistry registry,
      String name,
      String outcome,
      TelegramSender stats,
      ToLongFunction<TelegramStats> value) {
    // Micrometer holds the measured object weakly: it must be the sender (a bean, held for the
    // application's life), not a method reference that nothing else holds and the next collection
    // takes, after which the meters read nothing.
    FunctionCounter.builder(name, stats, s -> value.applyAsLong(s.stats()))
        .tag("outcome", outcome)
        .register(registry);
  }
}
