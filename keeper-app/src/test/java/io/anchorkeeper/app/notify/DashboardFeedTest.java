package io.anchorkeeper.app.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.anchorkeeper.app.notify.format.Language;
import io.anchorkeeper.app.notify.format.MessageFormatter;
import io.anchorkeeper.core.notify.Alert;
import io.anchorkeeper.core.notify.AlertKind;
import io.anchorkeeper.core.notify.Severity;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DashboardFeedTest {

  private final MessageFormatter formatter =
      new MessageFormatter(Language.EN, ZoneId.of("Asia/Shanghai"));

  @Test
  void keepsWhatTelegramGetsWithItsKindSeveritySlotAndTime() {
    DashboardFeed feed = new DashboardFeed(formatter, 10);

    feed.notify(NotificationFixtures.failedSuperMaintenance());

    FeedEntry entry = feed.latest(1).get(0);
    assertThat(entry.sequence()).isEqualTo(1);
    assertThat(entry.at()).isEqualTo(NotificationFixtures.FINISHED);
    assertThat(entry.kind()).isEqualTo("SUPER_MAINTENANCE");
    assertThat(entry.severity()).isEqualTo(Severity.CRITICAL);
    assertThat(entry.slot()).contains(NotificationFixtures.CRO_LONG);
    assertThat(entry.text())
        .isEqualTo(formatter.render(NotificationFixtures.failedSuperMaintenance()));
  }

  @Test
  void answersNewestFirstAndForgetsBeyondItsCapacity() {
    DashboardFeed feed = new DashboardFeed(formatter, 3);

    feed.notify(NotificationFixtures.autoOpen());
    feed.notify(NotificationFixtures.correction());
    feed.notify(NotificationFixtures.profitTier());
    feed.notify(NotificationFixtures.marginOffBand());

    assertThat(feed.latest(10))
        .extracting(FeedEntry::sequence, FeedEntry::kind)
        .containsExactly(
            tuple(4L, "MARGIN_OFF_BAND"), tuple(3L, "PROFIT_TIER"), tuple(2L, "MARGIN_CORRECTION"));
    assertThat(feed.latest(1)).extracting(FeedEntry::kind).containsExactly("MARGIN_OFF_BAND");
    assertThat(feed.latest(0)).isEmpty();
  }

  @Test
  void tellsListenersUntilTheyUnsubscribeAndSurvivesOneThatThrows() {
    DashboardFeed feed = new DashboardFeed(formatter, 10);
    List<FeedEntry> received = new ArrayList<>();
    feed.subscribe(
        entry -> {
          throw new IllegalStateException("client went away");
        });
    DashboardFeed.Subscription subscription = feed.subscribe(received::add);

    feed.notify(NotificationFixtures.profitTier());
    subscription.close();
    feed.notify(NotificationFixtures.marginOffBand());

    assertThat(received).extracting(FeedEntry::kind).containsExactly("PROFIT_TIER");
    assertThat(feed.latest(10)).hasSize(2);
  }

  @Test
  void leavesTheSlotEmptyForAnExchangeWideAlert() {
    DashboardFeed feed = new DashboardFeed(formatter, 10);

    feed.notify(
        new Alert(
            AlertKind.RATE_LIMITED,
            Severity.WARNING,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            "50011",
            NotificationFixtures.FINISHED));

    assertThat(feed.latest(1).get(0).slot()).isEmpty();
  }
}
