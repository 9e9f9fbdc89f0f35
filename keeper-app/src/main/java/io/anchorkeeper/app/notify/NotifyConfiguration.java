package io.anchorkeeper.app.notify;

import io.anchorkeeper.app.notify.format.MessageFormatter;
import io.anchorkeeper.app.notify.telegram.TelegramNotifier;
import io.anchorkeeper.core.notify.Notifier;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * Wires the notification channels: the dashboard feed and the log always, Telegram when a token is
 * set ({@link TelegramConfiguration}). The engine injects the primary {@link Notifier}, which fans
 * out to all of them; every channel renders with the same formatter, so each shows the same text.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({NotifyProperties.class, LanguageProperties.class})
@Import(TelegramConfiguration.class)
public class NotifyConfiguration {

  @Bean
  MessageFormatter messageFormatter(LanguageProperties language, NotifyProperties properties) {
    return new MessageFormatter(language.language(), properties.zone());
  }

  @Bean
  DashboardFeed dashboardFeed(MessageFormatter formatter, NotifyProperties properties) {
    return new DashboardFeed(formatter, properties.feed().size());
  }

  @Bean
  LogNotifier logNotifier(MessageFormatter formatter) {
    return new LogNotifier(formatter);
  }

  @Bean
  @Primary
  CompositeNotifier notifier(
      DashboardFeed feed,
      LogNotifier log,
      ObjectProvider<TelegramNotifier> telegram,
      NotifyProperties properties) {
    Map<String, Notifier> channels = new LinkedHashMap<>();
    channels.put("dashboard", feed);
    if (properties.log()) {
      channels.put("log", log);
    }
    telegram.ifAvailable(notifier -> channels.put("telegram", notifier));
    return new CompositeNotifier(channels);
  }
}
