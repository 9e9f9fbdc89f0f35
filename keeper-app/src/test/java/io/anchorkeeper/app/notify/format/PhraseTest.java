package io.anchorkeeper.app.notify.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PhraseTest {

  @ParameterizedTest
  @EnumSource(Phrase.class)
  void hasTheSamePlaceholdersInBothLanguages(Phrase phrase) {
    assertThat(Templates.arity(phrase.chinese())).isEqualTo(Templates.arity(phrase.english()));
  }

  /** Phrases go into Telegram HTML unescaped, so they must not contain markup characters. */
  @ParameterizedTest
  @EnumSource(Phrase.class)
  void containsNoCharacterThatTelegramHtmlReadsAsMarkup(Phrase phrase) {
    assertThat(phrase.english() + phrase.chinese()).doesNotContain("<", ">", "&");
  }

  @Test
  void fillsPlaceholdersOnceWithoutRereadingArguments() {
    assertThat(Templates.fill("{0} and {1}", "{1}", "b")).isEqualTo("{1} and b");
  }
}
