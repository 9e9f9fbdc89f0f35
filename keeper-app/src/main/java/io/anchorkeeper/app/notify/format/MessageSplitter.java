package io.anchorkeeper.app.notify.format;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Splits a Telegram HTML message into parts of at most {@code limit} characters, at line breaks
 * where it can. A line longer than the limit is cut at a safe point: never inside a tag, an entity
 * or a surrogate pair, and never between an opening and its closing tag when the tag starts after
 * the beginning of the line. Beyond {@code maxParts} the rest is dropped and the last part says how
 * many parts were left out.
 *
 * <p>Telegram counts the limit (4096) after parsing entities; counting the raw HTML is stricter, so
 * a part that fits here fits there.
 */
public final class MessageSplitter {

  /** Telegram's limit on a message's text. */
  public static final int TELEGRAM_LIMIT = 4096;

  /** How far back from the limit a cut looks for a space before cutting mid-word. */
  private static final int WORD_BREAK_WINDOW = 80;

  private final int limit;
  private final int maxParts;

  public MessageSplitter(int limit, int maxParts) {
    if (limit < 64) {
      throw new IllegalArgumentException("limit must be at least 64 characters, was " + limit);
    }
    if (maxParts < 1) {
      throw new IllegalArgumentException("maxParts must be at least 1, was " + maxParts);
    }
    this.limit = limit;
    this.maxParts = maxParts;
  }

  /** Telegram's limit with at most {@code maxParts} parts per notification. */
  public static MessageSplitter forTelegram(int maxParts) {
    return new MessageSplitter(TELEGRAM_LIMIT, maxParts);
  }

  /** The parts, in order; empty when {@code html} holds nothing but white space. */
  public List<String> split(String html) {
    List<String> parts = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : html.split("\n", -1)) {
      for (String piece : cutLongLine(line)) {
        if (current.length() > 0 && current.length() + 1 + piece.length() > limit) {
          addPart(parts, current);
          current.setLength(0);
        }
        if (current.length() > 0) {
          current.append('\n');
        }
        current.append(piece);
      }
    }
    addPart(parts, current);
    return parts.size() <= maxParts ? parts : truncate(parts);
  }

  private List<String> truncate(List<String> parts) {
    List<String> kept = new ArrayList<>(parts.subList(0, maxParts));
    String marker = "\n… [+" + (parts.size() - maxParts) + "]";
    String last = kept.get(maxParts - 1);
    if (last.length() + marker.length() > limit) {
      last = last.substring(0, safeCut(last, limit - marker.length()));
    }
    kept.set(maxParts - 1, last + marker);
    return kept;
  }

  private List<String> cutLongLine(String line) {
    List<String> pieces = new ArrayList<>();
    String rest = line;
    while (rest.length() > limit) {
      int cut = safeCut(rest, limit);
      pieces.add(rest.substring(0, cut));
      rest = rest.substring(cut);
    }
    pieces.add(rest);
    return pieces;
  }

  /** The largest safe cut at or before {@code max}, preferring a space near it; at least 1. */
  static int safeCut(String text, int max) {
    int cut = Math.min(max, text.length());
    int space = text.lastIndexOf(' ', cut - 1);
    if (space > 0 && cut - space < WORD_BREAK_WINDOW && isSafe(text, space)) {
      return space;
    }
    while (cut > 1 && !isSafe(text, cut)) {
      cut--;
    }
    return cut;
  }

  private static boolean isSafe(String text, int at) {
    if (at >= text.length()) {
      return true;
    }
    if (Character.isLowSurrogate(text.charAt(at))
        && Character.isHighSurrogate(text.charAt(at - 1))) {
      return false;
    }
    int amp = text.lastIndexOf('&', at - 1);
    if (amp >= 0 && text.indexOf(';', amp) >= at && at - amp <= "&quot;".length()) {
      return false;
    }
    return text.lastIndexOf('<', at - 1) <= text.lastIndexOf('>', at - 1)
        && openTagsBefore(text, at) == 0;
  }

  /** How many tags opened after the line's start are still open at {@code at}. */
  private static int openTagsBefore(String text, int at) {
    Deque<Integer> open = new ArrayDeque<>();
    int i = text.indexOf('<');
    while (i >= 0 && i < at) {
      int end = text.indexOf('>', i);
      if (end < 0 || end >= at) {
        break;
      }
      if (text.charAt(i + 1) == '/') {
        open.poll();
      } else {
        open.push(i);
      }
      i = text.indexOf('<', end);
    }
    return (int) open.stream().filter(start -> start > 0).count();
  }

  private static void addPart(List<String> parts, CharSequence part) {
    String trimmed = part.toString().strip();
    if (!trimmed.isEmpty()) {
      parts.add(trimmed);
    }
  }
}
