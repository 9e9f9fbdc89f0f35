package io.anchorkeeper.app.notify.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {

  @Test
  void escapesWhatTelegramsHtmlModeWouldReadAsMarkup() {
    assertThat(Html.escape("a < b && c > \"d\" 'e'"))
        .isEqualTo("a &lt; b &amp;&amp; c &gt; &quot;d&quot; 'e'");
  }

  @Test
  void leavesOrdinaryTextEmojiAndChineseAlone() {
    assertThat(Html.escape("保证金 10.29U ✅ 🔧")).isEqualTo("保证金 10.29U ✅ 🔧");
  }

  @Test
  void cutsLongTextWithoutBreakingAnEntity() {
    String cut = Html.escapeWithin("abc&def", 8);

    assertThat(cut).isEqualTo("abc…").hasSizeLessThanOrEqualTo(8);
  }

  @Test
  void cutsLongTextWithoutSplittingASurrogatePair() {
    String cut = Html.escapeWithin("ab🔧🔧🔧", 6);

    assertThat(cut).isEqualTo("ab🔧…");
  }

  @Test
  void keepsTextThatFits() {
    assertThat(Html.escapeWithin("a&b", 7)).isEqualTo("a&amp;b");
  }
}
