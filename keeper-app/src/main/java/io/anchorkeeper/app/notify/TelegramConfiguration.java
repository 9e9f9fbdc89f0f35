package io.anchorkeeper.app.notify;

import io.anchorkeeper.app.notify.command.CommandHandler;
import io.anchorkeeper.app.notify.command.OwnerCommands;
import io.anchorkeeper.app.notify.format.MessageFormatter;
import io.anchorkeeper.app.notify.format.MessageSplitter;
import io.anchorkeeper.app.notify.format.Timestamps;
import io.anchorkeeper.app.notify.telegram.BotApiClient;
import io.anchorkeeper.app.notify.telegram.RetrySchedule;
import io.anchorkeeper.app.notify.telegram.Sleeper;
import io.anchorkeeper.app.notify.telegram.TelegramCommandPoller;
import io.anchorkeeper.app.notify.telegram.TelegramCounters;
import io.anchorkeeper.app.notify.telegram.TelegramCredentials;
import io.anchorkeeper.app.notify.telegram.TelegramNotifier;
import io.anchorkeeper.app.notify.telegram.TelegramSender;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The Telegram channel and the owner's commands, only when {@code TELEGRAM_BOT_TOKEN} is set. The
 * token is read from the environment here and handed to the API client; it is never logged.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(TelegramTokenPresent.class)
class TelegramConfiguration {

  private static final Logger log = LoggerFactory.getLogger(TelegramConfiguration.class);

  @Bean
  TelegramCredentials telegramCredentials(Environment environment) {
    TelegramCredentials credentials =
        TelegramCredentials.parse(
            environment.getProperty(TelegramCredentials.TOKEN_VARIABLE),
            environment.getProperty(TelegramCredentials.CHAT_VARIABLE));
    log.info("Telegram notifications go to chat {}", credentials.chatId());
    return credentials;
  }

  @Bean
  BotApiClient botApiClient(TelegramCredentials credentials, NotifyProperties properties) {
    NotifyProperties.Telegram telegram = properties.telegram();
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(telegram.requestTimeout())
            .build();
    return new BotApiClient(
        http, telegram.baseUrl(), credentials.token(), telegram.requestTimeout());
  }

  @Bean
  TelegramCounters telegramCounters() {
    return new TelegramCounters();
  }

  @Bean(initMethod = "start", destroyMethod = "close")
  TelegramSender telegramSender(
      BotApiClient api,
      TelegramCredentials credentials,
      TelegramCounters counters,
      NotifyProperties properties,
      ObjectProvider<MeterRegistry> meters) {
    NotifyProperties.Telegram telegram = properties.telegram();
    TelegramSender sender =
        new TelegramSender(
            api,
            credentials.chatId(),
            telegram.queueSize(),
            retrySchedule(telegram),
            Sleeper.REAL,
            counters,
            telegram.shutdownGrace());
    meters.ifAvailable(registry -> TelegramMetrics.register(registry, sender));
    return sender;
  }

  @Bean
  MessageSplitter telegramSplitter(NotifyProperties properties) {
    return MessageSplitter.forTelegram(properties.telegram().maxParts());
  }

  @Bean
  TelegramNotifier telegramNotifier(
      MessageFormatter formatter, MessageSplitter telegramSplitter, TelegramSender sender) {
    return new TelegramNotifier(formatter, telegramSplitter, sender);
  }

  @Bean(initMethod = "start", destroyMethod = "close")
  @ConditionalOnProperty(
      name = "keeper.notify.telegram.commands.enabled",
      havingValue = "true",
      matchIfMissing = true)
  TelegramCommandPoller telegramCommandPoller(
      BotApiClient api,
      TelegramCredentials credentials,
      TelegramSender sender,
      MessageSplitter telegramSplitter,
      TelegramCounters counters,
      MessageFormatter formatter,
      NotifyProperties properties,
      ObjectProvider<OwnerCommands> commands,
      ObjectProvider<Clock> clock) {
    NotifyProperties.Telegram telegram = properties.telegram();
    CommandHandler handler =
        new CommandHandler(
            formatter.language(),
            new Timestamps(properties.zone()),
            () -> Optional.ofNullable(commands.getIfAvailable()));
    TelegramCommandPoller.Settings settings =
        new TelegramCommandPoller.Settings(
            telegram.commands().pollTimeout(),
            telegram.commands().maxAge(),
            retrySchedule(telegram),
            Sleeper.REAL,
            clock.getIfAvailable(Clock::systemUTC));
    return new TelegramCommandPoller(
        api, credentials.chatId(), handler, sender, telegramSplitter, counters, settings);
  }

  private static RetrySchedule retrySchedule(NotifyProperties.Telegram telegram) {
    return new RetrySchedule(
        telegram.maxAttempts(), telegram.initialBackoff(), telegram.maxBackoff());
  }
}
