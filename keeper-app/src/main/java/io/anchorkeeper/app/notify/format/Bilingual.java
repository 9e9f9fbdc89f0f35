package io.anchorkeeper.app.notify.format;

/**
 * A text in English and Chinese, side by side so that no translation can be missing. Templates hold
 * {@code {0}}..{@code {9}} placeholders; arguments are inserted as given (escape them first when
 * they are free text headed for Telegram HTML).
 */
public interface Bilingual {

  String english();

  String chinese();

  /** The text in {@code language} with its placeholders filled in from {@code args}. */
  default String in(Language language, String... args) {
    return Templates.fill(language == Language.ZH ? chinese() : english(), args);
  }
}
