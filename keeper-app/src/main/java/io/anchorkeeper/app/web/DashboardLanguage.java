package io.anchorkeeper.app.web;

import io.anchorkeeper.app.notify.format.Language;
import java.util.Locale;
import java.util.Optional;

/** The dashboard's two languages as locales, and the {@code lang} codes that choose them. */
public final class DashboardLanguage {

  private DashboardLanguage() {}

  public static Locale of(Language language) {
    return language == Language.ZH ? Locale.CHINESE : Locale.ENGLISH;
  }

  /** The locale for {@code en} or {@code zh}; anything else is not a dashboard language. */
  public static Optional<Locale> parse(String code) {
    if (code == null) {
      return Optional.empty();
    }
    switch (code.strip()) {
      case "en":
        return Optional.of(Locale.ENGLISH);
      case "zh":
        return Optional.of(Locale.CHINESE);
      default:
        return Optional.empty();
    }
  }
}
