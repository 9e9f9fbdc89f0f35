package io.anchorkeeper.app.okx;

import io.anchorkeeper.okx.client.OkxClientFactory;
import io.anchorkeeper.okx.client.OkxConfig;
import io.anchorkeeper.okx.client.ws.WebSocketSettings;
import io.anchorkeeper.okx.emulator.OkxEmulator;
import java.time.Duration;

/**
 * The adapter as the keeper builds it, pointed at an emulator over loopback HTTP and WebSocket: one
 * client factory, the account registry, the connections, the exchange.
 */
final class OkxRig implements AutoCloseable {

  final OkxClientFactory factory;
  final OkxAccounts accounts = new OkxAccounts();
  final OkxConnections connections;
  final OkxExchange exchange;

  OkxRig(OkxEmulator emulator, OkxAdapterSettings settings) {
    this(emulator, settings, Duration.ofSeconds(5));
  }

  OkxRig(OkxEmulator emulator, OkxAdapterSettings settings, Duration requestTimeout) {
    OkxConfig config =
        OkxConfig.loopback(emulator.port())
            .withTimeouts(Duration.ofSeconds(2), requestTimeout)
            .withWebSocket(
                WebSocketSettings.defaults()
                    .withBackoff(Duration.ofMillis(50), Duration.ofMillis(400), 7)
                    .withAckTimeout(Duration.ofSeconds(3)));
    this.factory = new OkxClientFactory(config);
    this.connections = new OkxConnections(factory, accounts, settings);
    this.exchange = new OkxExchange(connections);
  }

  /** Default settings with a short push wait, so a missing push shows quickly. */
  static OkxAdapterSettings settings() {
    return OkxAdapterSettings.defaults().withPushWait(Duration.ofSeconds(2));
  }

  OkxAccount add(OkxAccount account) {
    accounts.add(account);
    return account;
  }

  @Override
  public void close() {
    connections.close();
    factory.close();
  }
}
