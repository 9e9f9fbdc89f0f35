package io.anchorkeeper.okx.emulator.ws;

import io.anchorkeeper.okx.emulator.engine.OkxError;
import io.anchorkeeper.okx.emulator.instrument.InstrumentCatalogue;
import java.util.Map;
import java.util.Set;

/**
 * Which channels each endpoint serves and what they need: public {@code mark-price} and {@code
 * tickers} (instId); private {@code positions} and {@code orders} (instType), {@code
 * balance_and_position} and {@code account} (login). A channel on the wrong endpoint or an unknown
 * instrument is 60018, a missing argument 60013, a private channel before login 60011.
 */
final class ChannelRules {

  private static final Set<String> INST_TYPES =
      Set.of("SWAP", "ANY", "FUTURES", "OPTION", "MARGIN", "SPOT");

  private final InstrumentCatalogue catalogue;

  ChannelRules(InstrumentCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  void check(WsKind kind, Map<String, String> arg, boolean loggedIn) {
    String channel = arg.getOrDefault("channel", "");
    switch (channel) {
      case "mark-price", "tickers" -> {
        expect(kind, WsKind.PUBLIC, arg);
        String instId = arg.get("instId");
        if (instId == null) {
          throw invalidArgs(arg);
        }
        if (catalogue.find(instId).isEmpty()) {
          throw wrongChannel(arg);
        }
      }
      case "positions", "orders" -> {
        expect(kind, WsKind.PRIVATE, arg);
        requireLogin(loggedIn);
        if (!INST_TYPES.contains(arg.getOrDefault("instType", ""))) {
          throw invalidArgs(arg);
        }
      }
      case "balance_and_position", "account" -> {
        expect(kind, WsKind.PRIVATE, arg);
        requireLogin(loggedIn);
      }
      default -> throw wrongChannel(arg);
    }
  }

  private static void expect(WsKind kind, WsKind wanted, Map<String, String> arg) {
    if (kind != wanted) {
      throw wrongChannel(arg);
    }
  }

  private static void requireLogin(boolean loggedIn) {
    if (!loggedIn) {
      throw new OkxError("60011", "Please log in");
    }
  }

  static OkxError invalidArgs(Map<String, String> arg) {
    return new OkxError("60013", "Invalid args: " + arg);
  }

  static OkxError wrongChannel(Map<String, String> arg) {
    return new OkxError(
        "60018",
        "Wrong URL or channel:"
            + arg.getOrDefault("channel", "")
            + ",instId:"
            + arg.getOrDefault("instId", "")
            + " doesn't exist. Please use the correct URL, channel and parameters referring to API"
            + " document.");
  }
}
