package io.anchorkeeper.app.ops;

import io.anchorkeeper.app.okx.OkxConnections;
import io.anchorkeeper.app.okx.OkxFeed;
import io.anchorkeeper.core.slot.AccountName;
import java.util.List;
import java.util.Map;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Health component {@code websocket}: are the exchange's pushes arriving? Up when every private
 * connection started (one per watched account: positions and order confirmations) and every public
 * one (mark prices) is logged in and subscribed; down while any is reconnecting, naming the
 * accounts; unknown before the feed has started any.
 */
final class WebSocketHealthIndicator implements HealthIndicator {

  private final OkxConnections connections;
  private final OkxFeed feed;

  WebSocketHealthIndicator(OkxConnections connections, OkxFeed feed) {
    this.connections = connections;
    this.feed = feed;
  }

  @Override
  public Health health() {
    Map<AccountName, Boolean> privateStreams = connections.privateStreams();
    int publicTotal = feed.publicConnections();
    int publicReady = feed.readyPublicConnections();
    List<String> down =
        privateStreams.entrySet().stream()
            .filter(e -> !e.getValue())
            .map(e -> e.getKey().value())
            .toList();
    Health.Builder health;
    if (privateStreams.isEmpty() && publicTotal == 0) {
      health = Health.unknown();
    } else if (down.isEmpty() && publicReady == publicTotal) {
      health = Health.up();
    } else {
      health = Health.down();
    }
    return health
        .withDetail("private_ready", privateStreams.size() - down.size())
        .withDetail("private_total", privateStreams.size())
        .withDetail("private_down", down)
        .withDetail("public_ready", publicReady)
        .withDetail("public_total", publicTotal)
        .build();
  }
}
