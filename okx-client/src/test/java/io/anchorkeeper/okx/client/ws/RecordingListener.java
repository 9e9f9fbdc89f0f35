package io.anchorkeeper.okx.client.ws;

import io.anchorkeeper.okx.client.ws.push.MarkPricePush;
import io.anchorkeeper.okx.client.ws.push.OrdersPush;
import io.anchorkeeper.okx.client.ws.push.PositionsPush;
import io.anchorkeeper.okx.client.ws.push.WsEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** Records what a connection delivered. */
final class RecordingListener implements OkxWsListener {
  final AtomicInteger resyncs = new AtomicInteger();
  final List<MarkPricePush> markPrices = new CopyOnWriteArrayList<>();
  final List<PositionsPush> positions = new CopyOnWriteArrayList<>();
  final List<OrdersPush> orders = new CopyOnWriteArrayList<>();
  final List<WsEvent> events = new CopyOnWriteArrayList<>();
  final List<String> disconnects = new CopyOnWriteArrayList<>();

  @Override
  public void onMarkPrice(MarkPricePush push) {
    markPrices.add(push);
  }

  @Override
  public void onPositions(PositionsPush push) {
    positions.add(push);
  }

  @Override
  public void onOrders(OrdersPush push) {
    orders.add(push);
  }

  @Override
  public void onResync() {
    resyncs.incrementAndGet();
  }

  @Override
  public void onEvent(WsEvent event) {
    events.add(event);
  }

  @Override
  public void onDisconnected(String reason) {
    disconnects.add(reason);
  }
}
