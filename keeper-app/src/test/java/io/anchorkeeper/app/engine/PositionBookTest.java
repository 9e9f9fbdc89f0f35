package io.anchorkeeper.app.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.anchorkeeper.core.position.PositionSnapshot;
import io.anchorkeeper.core.slot.AccountName;
import io.anchorkeeper.core.slot.SlotId;
import io.anchorkeeper.core.value.Contracts;
import io.anchorkeeper.core.value.Leverage;
import io.anchorkeeper.core.value.Price;
import io.anchorkeeper.core.value.Ratio;
import io.anchorkeeper.core.value.Usdt;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PositionBookTest {

  private static final SlotId SLOT = SlotId.of("sub01", "ETH-USDT-SWAP", "long");
  private static final SlotId OTHER = SlotId.of("sub01", "BTC-USDT-SWAP", "long");
  private static final Instant T0 = Instant.parse("2026-11-22T03:00:00Z");

  private final PositionBook book = new PositionBook();

  private static PositionSnapshot position(SlotId slot, String margin, Instant updatedAt) {
    Price entry = Price.of("3000");
    return new PositionSnapshot(
        slot,
        Contracts.of("0.33"),
        entry,
        entry,
        Usdt.of(margin),
        Usdt.of("0.4"),
        Usdt.ZERO,
        Ratio.ZERO,
        Leverage.of(10),
        Optional.empty(),
        Optional.empty(),
        Usdt.ZERO,
        Usdt.ZERO,
        T0,
        updatedAt);
  }

  @Test
  void aStalePushDoesNotUndoAFresherRead() {
    book.put(SLOT, Optional.of(position(SLOT, "10.29", T0.plusSeconds(2))));

    book.put(SLOT, Optional.of(position(SLOT, "20.29", T0)));

    assertThat(book.position(SLOT)).map(p -> p.margin()).contains(Usdt.of("10.29"));
  }

  @Test
  void aSnapshotOfTheSameAgeOrNewerReplacesTheHeldOne() {
    book.put(SLOT, Optional.of(position(SLOT, "10", T0)));
    book.put(SLOT, Optional.of(position(SLOT, "10.5", T0)));
    assertThat(book.position(SLOT)).map(p -> p.margin()).contains(Usdt.of("10.5"));

    book.put(SLOT, Optional.of(position(SLOT, "9.8", T0.plusMillis(1))));
    assertThat(book.position(SLOT)).map(p -> p.margin()).contains(Usdt.of("9.8"));
  }

  @Test
  void aPositionReportedGoneIsGone() {
    book.put(SLOT, Optional.of(position(SLOT, "10", T0)));

    book.put(SLOT, Optional.empty());

    assertThat(book.position(SLOT)).isEmpty();
  }

  @Test
  void aFullReadDropsWhatItDoesNotHoldAndKeepsWhatIsNewerThanIt() {
    book.put(SLOT, Optional.of(position(SLOT, "10.29", T0.plusSeconds(5))));
    book.put(OTHER, Optional.of(position(OTHER, "10", T0)));

    book.replaceAccount(AccountName.of("sub01"), List.of(position(SLOT, "20.29", T0)));

    assertThat(book.position(SLOT)).map(p -> p.margin()).contains(Usdt.of("10.29"));
    assertThat(book.position(OTHER)).isEmpty();
    assertThat(book.isSynced(AccountName.of("sub01"))).isTrue();
  }
}
