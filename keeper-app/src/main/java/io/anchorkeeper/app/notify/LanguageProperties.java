package io.anchorkeeper.app.notify;

import io.anchorkeeper.app.notify.format.Language;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code keeper.language: en|zh}, the language the owner reads: Telegram messages, the log's copy
 * and the dashboard feed. A keeper-wide setting, so it is not under {@code keeper.notify}.
 */
@ConfigurationProperties("keeper")
public record LanguageProperties(@DefaultValue("en") Language language) {

  public LanguageProperties {
    Objects.requireNonNull(language, "keeper.language must be en or zh");
  }
}
