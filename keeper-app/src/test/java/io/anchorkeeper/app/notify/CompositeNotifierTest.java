package io.anchorkeeper.app.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.anchorkeeper.core.notify.Notification;
import io.anchorkeeper.core.notify.Notifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CompositeNotifierTest {

  private final List<Notification> first = new ArrayList<>();
  private final List<Notification> last = new ArrayList<>();

  @Test
  void tellsEveryChannelEvenWhenOneThrows() {
    CompositeNotifier composite =
        composite(
            notification -> {
              throw new IllegalStateException("https://api.telegram.org/bot123:secret/sendMessage");
            });
    Notification notification = NotificationFixtures.superMaintenance();

    try (LogCapture logs = new LogCapture()) {
      assertThatCode(() -> composite.notify(notification)).doesNotThrowAnyException();

      assertThat(logs.lines())
          .anySatisfy(
              line ->
                  assertThat(line)
                      .contains("Notification channel 'broken' failed")
                      .contains("java.lang.IllegalStateException"))
          .allSatisfy(line -> assertThat(line).doesNotContain("secret"));
    }
    assertThat(first).containsExactly(notification);
    assertThat(last).containsExactly(notification);
    assertThat(composite.failures()).isEqualTo(1);
  }

  @Test
  void survivesAChannelThatThrowsAnError() {
    CompositeNotifier composite =
        composite(
            notification -> {
              throw new AssertionError("boom");
            });

    assertThatCode(() -> composite.notify(NotificationFixtures.profitTier()))
        .doesNotThrowAnyException();
    assertThat(last).hasSize(1);
  }

  @Test
  void tellsTheChannelsInTheirOrder() {
    List<String> order = new ArrayList<>();
    Map<String, Notifier> channels = new LinkedHashMap<>();
    channels.put("dashboard", n -> order.add("dashboard"));
    channels.put("log", n -> order.add("log"));
    channels.put("telegram", n -> order.add("telegram"));
    CompositeNotifier composite = new CompositeNotifier(channels);

    composite.notify(NotificationFixtures.profitTier());

    assertThat(order).containsExactly("dashboard", "log", "telegram");
    assertThat(composite.channels()).containsExactly("dashboard", "log", "telegram");
  }

  private CompositeNotifier composite(Notifier broken) {
    Map<String, Notifier> channels = new LinkedHashMap<>();
    channels.put("first", first::add);
    channels.put("broken", broken);
    channels.put("last", last::add);
    return new CompositeNotifier(channels);
  }
}
