package io.anchorkeeper.app.web;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a notification's Telegram HTML into HTML that is safe to put in a page. Telegram's text is
 * already escaped by our formatter, but the page must not trust that: only the plain formatting
 * tags Telegram knows (bold, italic, underline, strike, code, pre) pass, without attributes, and
 * every tag left open is closed; any other {@code <}, {@code >}, {@code "} and any {@code &} that
 * does not start an entity are escaped. Links and everything else become text.
 */
public final class TelegramHtml {

  private static final Pattern TAG =
      Pattern.compile(
          "<(/?)(b|strong|i|em|u|ins|s|strike|del|code|pre)>", Pattern.CASE_INSENSITIVE);
  private static final Pattern ENTITY =
      Pattern.compile("&(lt|gt|amp|quot|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});");
  private static final Map<String, String> SAME =
      Map.of("strong", "b", "em", "i", "ins", "u", "strike", "s", "del", "s");

  private TelegramHtml() {}

  public static String toSafeHtml(String telegram) {
    StringBuilder out = new StringBuilder(telegram.length() + 32);
    Deque<String> open = new ArrayDeque<>();
    Matcher tag = TAG.matcher(telegram);
    Matcher entity = ENTITY.matcher(telegram);
    int i = 0;
    while (i < telegram.length()) {
      char c = telegram.charAt(i);
      if (c == '<' && tag.region(i, telegram.length()).lookingAt()) {
        String name = tag.group(2).toLowerCase(Locale.ROOT);
        name = SAME.getOrDefault(name, name);
        if (tag.group(1).isEmpty()) {
          open.push(name);
          out.append('<').append(name).append('>');
        } else if (open.contains(name)) {
          String closed;
          do {
            closed = open.pop();
            out.append("</").append(closed).append('>');
          } while (!closed.equals(name));
        }
        i = tag.end();
      } else if (c == '&' && entity.region(i, telegram.length()).lookingAt()) {
        out.append(entity.group());
        i = entity.end();
      } else {
        out.append(escape(c));
        i++;
      }
    }
    while (!open.isEmpty()) {
      out.append("</").append(open.pop()).append('>');
    }
    return out.toString();
  }

  private static String escape(char c) {
    switch (c) {
      case '<':
        return "&lt;";
      case '>':
        return "&gt;";
      case '&':
        return "&amp;";
      case '"':
        return "&quot;";
      case '\'':
        return "&#39;";
      default:
        return String.valueOf(c);
    }
  }
}
