package io.anchorkeeper.app.okx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anchorkeeper.app.okx.RecordingFeedListener.PositionEvent;
import io.anchorkeeper.core.position.PositionSnapshot;
import io.anchorkeeper.core.slot.AccountName;
import io.anchorkeeper.core.slot.SlotId;
import io.anchorkeeper.core.value.Contracts;
import io.anchorkeeper.core.value.Ratio;
import io.anchorkeeper.core.value.Usdt;
import io.anchorkeeper.okx.client.json.OkxFields;
import io.anchorkeeper.okx.client.json.OkxJson;
import io.anchorkeeper.okx.client.rest.model.Position;
import io.anchorkeeper.okx.client.ws.push.PositionsPush;
import io.anchorkeeper.okx.client.ws.push.WsArg;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** OKX position rows as snapshots, and {@code positions} pushes as feed calls. */
class PositionMappingTest {

  private static final AccountName ACCOUNT = AccountName.of("sub7");
  private static final SlotId ETH_LONG = SlotId.of("sub7", "ETH-USDT-SWAP", "long");
  private static final SlotId BTC_SHORT = SlotId.of("sub7", "BTC-USDT-SWAP", "short");

  @Test
  void mapsAnIsolatedHedgeRowWithOkxsOwnFigures() {
    PositionSnapshot p =
        PositionSnapshots.snapshot(ACCOUNT, row("ETH-USDT-SWAP", "long", "isolated", "3"))
            .orElseThrow();

    assertThat(p.slot()).isEqualTo(ETH_LONG);
    assertThat(p.size()).isEqualTo(Contracts.of(3));
    assertThat(p.margin()).isEqualTo(Usdt.of("75.1"));
    assertThat(p.maintenanceMargin()).isEqualTo(Usdt.of("3.2"));
    assertThat(p.unrealisedPnl()).isEqualTo(Usdt.of("-2.5"));
    assertThat(p.profitRate()).isEqualTo(Ratio.of("-0.033"));
    assertThat(p.fee()).isEqualTo(Usdt.of("-0.38"));
    assertThat(p.liquidationPrice()).isEmpty(); // OKX sent "0"
    assertThat(p.marginRatio()).contains(Ratio.of("12.5"));
  }

  @Test
  void skipsRowsThatAreNoKeeperPosition() {
    assertThat(PositionSnapshots.snapshot(ACCOUNT, row("ETH-USDT-SWAP", "long", "cross", "3")))
        .isEmpty();
    assertThat(PositionSnapshots.snapshot(ACCOUNT, row("ETH-USDT-SWAP", "net", "isolated", "3")))
        .isEmpty();
    assertThat(PositionSnapshots.snapshot(ACCOUNT, row("ETH-USDT-SWAP", "long", "isolated", "0")))
        .isEmpty();
    assertThat(PositionSnapshots.snapshot(ACCOUNT, row("BTC-USDT", "long", "isolated", "3")))
        .isEmpty();
  }

  @Test
  void aRowWithoutAnEntryPriceIsUnreadable() {
    Position broken =
        position(
            "{\"instId\":\"ETH-USDT-SWAP\",\"posSide\":\"long\",\"mgnMode\":\"isolated\","
                + "\"pos\":\"1\",\"markPx\":\"2500\",\"lever\":\"10\",\"cTime\":\"1\"}");

    assertThatThrownBy(() -> PositionSnapshots.snapshot(ACCOUNT, broken))
        .hasMessageContaining("avgPx");
  }

  @Test
  void aSnapshotReportsTheSlotsItNoLongerListsAsGone() {
    RecordingFeedListener listener = new RecordingFeedListener();
    PositionPushes pushes = new PositionPushes(ACCOUNT, listener);
    pushes.onPositions(push("snapshot", 1, true, row("ETH-USDT-SWAP", "long", "isolated", "3")));
    pushes.onPositions(push("snapshot", 1, true, row("BTC-USDT-SWAP", "short", "isolated", "1")));

    assertThat(listener.all(PositionEvent.class))
        .extracting(e -> e.slot() + " " + e.position().isPresent())
        .containsExactly(ETH_LONG + " true", BTC_SHORT + " true", ETH_LONG + " false");
  }

  @Test
  void aSnapshotSpreadOverPagesIsJudgedOnlyAfterItsLastPage() {
    RecordingFeedListener listener = new RecordingFeedListener();
    PositionPushes pushes = new PositionPushes(ACCOUNT, listener);
    pushes.onPositions(
        push("event_update", 1, true, row("ETH-USDT-SWAP", "long", "isolated", "3")));
    pushes.onPositions(
        push("event_update", 1, true, row("BTC-USDT-SWAP", "short", "isolated", "1")));

    pushes.onPositions(push("snapshot", 1, false, row("BTC-USDT-SWAP", "short", "isolated", "1")));
    assertThat(listener.all(PositionEvent.class)).noneMatch(e -> e.position().isEmpty());
    pushes.onPositions(push("snapshot", 2, true, row("ETH-USDT-SWAP", "long", "isolated", "2")));
    assertThat(listener.all(PositionEvent.class)).noneMatch(e -> e.position().isEmpty());

    pushes.onPositions(push("snapshot", 1, false, row("BTC-USDT-SWAP", "short", "isolated", "1")));
    pushes.onPositions(
        new PositionsPush(
            WsArg.positions("SWAP"), "snapshot", Optional.of(2), Optional.of(true), List.of()));
    assertThat(listener.all(PositionEvent.class))
        .last()
        .isEqualTo(new PositionEvent(ETH_LONG, Optional.empty()));
  }

  @Test
  void anUpdateWithSizeZeroIsAPositionGone() {
    RecordingFeedListener listener = new RecordingFeedListener();
    PositionPushes pushes = new PositionPushes(ACCOUNT, listener);

    pushes.onPositions(
        push("event_update", 1, true, row("ETH-USDT-SWAP", "long", "isolated", "0")));

    assertThat(listener.all(PositionEvent.class))
        .containsExactly(new PositionEvent(ETH_LONG, Optional.empty()));
  }

  private static PositionsPush push(String eventType, int page, boolean last, Position row) {
    return new PositionsPush(
        WsArg.positions("SWAP"), eventType, Optional.of(page), Optional.of(last), List.of(row));
  }

  private static Position row(String instId, String posSide, String mgnMode, String pos) {
    return position(
        "{\"instType\":\"SWAP\",\"instId\":\""
            + instId
            + "\",\"posSide\":\""
            + posSide
            + "\",\"mgnMode\":\""
            + mgnMode
            + "\",\"pos\":\""
            + pos
            + "\",\"avgPx\":\"2520\",\"markPx\":\"2500\",\"margin\":\"75.1\",\"mmr\":\"3.2\","
            + "\"upl\":\"-2.5\",\"uplRatio\":\"-0.033\",\"lever\":\"10\",\"liqPx\":\"0\","
            + "\"mgnRatio\":\"12.5\",\"realizedPnl\":\"-0.38\",\"fee\":\"-0.38\","
            + "\"cTime\":\"1767571200000\",\"uTime\":\"1767571260000\"}");
  }

  private static Position position(String json) {
    return Position.from(OkxFields.of(OkxJson.parse(json)));
  }
}
