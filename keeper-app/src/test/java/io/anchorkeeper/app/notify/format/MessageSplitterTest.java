package io.anchorkeeper.app.notify.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.anchorkeeper.app.notify.NotificationFixtures;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MessageSplitterTest {

  @Test
  void keepsAMessageThatFitsInOnePart() {
    String text =
        new MessageFormatter(Language.ZH, ZoneId.of("Asia/Shanghai"))
            .render(NotificationFixtures.superMaintenance());

    assertThat(MessageSplitter.forTelegram(4).split(text)).containsExactly(text);
  }

  @Test
  void splitsAtLineBreaksKeepingEveryPartWithinTheLimit() {
    String text =
        IntStream.range(0, 400)
            .mapToObj(i -> "• line " + i + ": <b>bold</b> &amp; more")
            .collect(Collectors.joining("\n"));

    List<String> parts = MessageSplitter.forTelegram(10).split(text);

    assertThat(parts).hasSizeGreaterThan(1);
    assertThat(parts).allSatisfy(part -> assertThat(part.length()).isLessThanOrEqualTo(4096));
    assertThat(parts).allSatisfy(part -> assertThat(part).startsWith("• line ").endsWith("more"));
    assertThat(String.join("\n", parts)).isEqualTo(text);
  }

  @Test
  void cutsAnOverlongLineOutsideEntitiesAndTags() {
    String line = "<b>Summary</b>: " + "x&amp;".repeat(40);

    List<String> parts = new MessageSplitter(100, 10).split(line);

    assertThat(String.join("", parts)).isEqualTo(line);
    assertThat(parts)
        .allSatisfy(
            part -> {
              assertThat(part.length()).isLessThanOrEqualTo(100);
              assertThat(part).doesNotEndWith("&").doesNotEndWith("&amp").doesNotEndWith("<b");
              assertThat(part.chars().filter(c -> c == '&').count())
                  .isEqualTo(part.chars().filter(c -> c == ';').count());
            });
  }

  @Test
  void neverSeparatesATagFromItsClosingTag() {
    String line = "y".repeat(90) + " <code>abcdefghijkl</code> tail";

    List<String> parts = new MessageSplitter(100, 10).split(line);

    assertThat(parts.get(0)).isEqualTo("y".repeat(90));
    assertThat(parts.get(1)).isEqualTo("<code>abcdefghijkl</code> tail");
  }

  @Test
  void dropsPartsBeyondTheMaximumAndSaysHowManyWereLeftOut() {
    String text =
        IntStream.range(0, 50).mapToObj(i -> "z".repeat(90)).collect(Collectors.joining("\n"));

    List<String> parts = new MessageSplitter(100, 3).split(text);

    assertThat(parts).hasSize(3);
    assertThat(parts.get(2)).endsWith("\n… [+47]").hasSizeLessThanOrEqualTo(100);
  }

  @Test
  void sendsNothingForABlankMessage() {
    assertThat(MessageSplitter.forTelegram(2).split(" \n\n ")).isEmpty();
  }
}
