package io.anchorkeeper.okx.emulator.ws;

import java.util.Map;

/**
 * One subscribed channel with its arguments as the client sent them ({@code arg} echoes them in
 * acks and pushes). {@code eventsOnly} is set by {@code extraParams {"updateInterval":"0"}}, which
 * turns off periodic snapshots.
 */
record Subscription(String channel, Map<String, String> arg, boolean eventsOnly) {

  String get(String name) {
    return arg.get(name);
  }

  /**
   * True when this subscription's instType/instFamily/instId filters let {@code instId} through.
   */
  boolean covers(String instId, String instFamily) {
    String type = arg.get("instType");
    String family = arg.get("instFamily");
    String id = arg.get("instId");
    return (type == null || "SWAP".equals(type) || "ANY".equals(type))
        && (family == null || family.equals(instFamily))
        && (id == null || id.equals(instId));
  }

  boolean sameArg(Map<String, String> other) {
    return arg.equals(other);
  }
}
