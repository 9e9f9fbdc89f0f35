package io.anchorkeeper.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TelegramHtmlTest {

  @Test
  void keepsTheFormattersBoldAndCodeAndItsEntities() {
    String telegram =
        "📍 <b>Slot</b>: <code>sub01/CRO-USDT-SWAP/long</code>\n• PnL: -0.12 &lt; 0 &amp; ok";

    assertThat(TelegramHtml.toSafeHtml(telegram)).isEqualTo(telegram);
  }

  @Test
  void escapesEveryOtherTagAndAttribute() {
    String hostile =
        "<script>alert(1)</script><b onclick=\"x()\">b</b><img src=x onerror=alert(1)>"
            + "<a href=\"javascript:alert(1)\">link</a>";

    String safe = TelegramHtml.toSafeHtml(hostile);

    assertThat(safe)
        .doesNotContain("<script")
        .doesNotContain("<img")
        .doesNotContain("<a ")
        .doesNotContain("<b ")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .contains("&lt;img src=x onerror=alert(1)&gt;")
        .contains("&lt;a href=&quot;javascript:alert(1)&quot;&gt;link&lt;/a&gt;");
  }

  @Test
  void closesWhatWasLeftOpenAndDropsStrayClosingTags() {
    assertThat(TelegramHtml.toSafeHtml("<b>bold <code>id"))
        .isEqualTo("<b>bold <code>id</code></b>");
    assertThat(TelegramHtml.toSafeHtml("text</pre></b>")).isEqualTo("text");
    assertThat(TelegramHtml.toSafeHtml("<b><i>x</b>y")).isEqualTo("<b><i>x</i></b>y");
  }

  @Test
  void escapesAnAmpersandThatStartsNoEntity() {
    assertThat(TelegramHtml.toSafeHtml("A & B &bogus; &#38; &#x26;"))
        .isEqualTo("A &amp; B &amp;bogus; &#38; &#x26;");
  }

  @Test
  void mapsTelegramsSynonymsToOneTag() {
    assertThat(TelegramHtml.toSafeHtml("<strong>a</strong><em>b</em><del>c</del>"))
        .isEqualTo("<b>a</b><i>b</i><s>c</s>");
  }
}
