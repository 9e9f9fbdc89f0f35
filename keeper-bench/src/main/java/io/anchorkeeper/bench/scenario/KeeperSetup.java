package io.anchorkeeper.bench.scenario;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The keeper's configuration for a bench run: demo mode pointed at the bench's emulator, a fresh H2
 * file database of its own per launch (as demo and live default to; set by {@link KeeperProcess}
 * unless {@code spring.datasource.url} is given), the dashboard on a free loopback port, the
 * layout's accounts and slots, quiet logs. Slots named in {@code unlimited} may be maintained any
 * number of times (the reaction trials maintain the same slots again and again).
 */
public final class KeeperSetup {

  private final Map<String, String> properties = new LinkedHashMap<>();

  public KeeperSetup(BenchExchange exchange, Set<String> unlimited) {
    String base = "127.0.0.1:" + exchange.emulator().port();
    put("keeper.mode", "demo");
    put("keeper.okx.rest-url", "http://" + base);
    put("keeper.okx.ws-public-url", "ws://" + base + "/ws/v5/public");
    put("keeper.okx.ws-private-url", "ws://" + base + "/ws/v5/private");
    put("server.port", "0");
    put("keeper.security.owner.username", "bench");
    byte[] password = new byte[18];
    new SecureRandom().nextBytes(password);
    put("keeper.security.owner.password", HexFormat.of().formatHex(password));
    // Ordinary slots sit at +100% while the trial slots are walked down from 11 (see Seeding):
    // take-profit at 150% stays armed and evaluated on every tick without closing them.
    setting("take_profit", "150%");
    put("logging.level.root", "WARN");
    put("logging.level.io.anchorkeeper", "WARN");
    Layout layout = exchange.layout();
    for (int a = 0; a < layout.accounts(); a++) {
      String name = Layout.accountName(a);
      String prefix = name.toUpperCase(Locale.ROOT);
      String key = "keeper.accounts[" + a + "].";
      put(key + "name", name);
      put(key + "kind", "sub");
      put(key + "credentials", prefix);
      exchange.credentialProperties(name, prefix).forEach(this::put);
    }
    int k = 0;
    for (Layout.Slot slot : layout.slots()) {
      String key = "keeper.slots[" + k++ + "].";
      put(key + "account", slot.account());
      put(key + "inst-id", slot.instId());
      put(key + "side", "long");
      if (unlimited.contains(slot.id())) {
        put(key + "settings.max-maintenances", "1000000");
      }
    }
  }

  /** Sets or replaces one property. */
  public KeeperSetup put(String name, String value) {
    properties.put(name, value);
    return this;
  }

  /** A global setting by SPEC's name, e.g. {@code reconcile_interval}. */
  public KeeperSetup setting(String name, String value) {
    return put("keeper.settings." + name.replace('_', '-'), value);
  }

  public Map<String, String> properties() {
    return Map.copyOf(properties);
  }
}
