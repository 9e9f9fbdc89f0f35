package io.anchorkeeper.app.notify.format;

/**
 * Builds a message line by line in the seed's layout ({@code 📍 <b>label</b>: value} and {@code •
 * label: value}). Values passed as {@code text} are escaped here; values passed as {@code html}
 * must already be.
 */
final class HtmlLines {

  private final Language language;
  private final StringBuilder out = new StringBuilder(1024);

  HtmlLines(Language language) {
    this.language = language;
  }

  HtmlLines line(String html) {
    out.append(html).append('\n');
    return this;
  }

  HtmlLines blank() {
    out.append('\n');
    return this;
  }

  /** {@code 📍 <b>label</b>: html}. */
  HtmlLines field(String emoji, Phrase label, String html) {
    return line(emoji + " " + Html.bold(label.in(language)) + ": " + html);
  }

  /** {@code • label: html}. */
  HtmlLines bullet(Phrase label, String html) {
    return line("• " + label.in(language) + ": " + html);
  }

  /** The message without its last line break. */
  String build() {
    int end = out.length();
    while (end > 0 && out.charAt(end - 1) == '\n') {
      end--;
    }
    return out.substring(0, end);
  }
}
