package io.anchorkeeper.okx.client.ws.push;

import io.anchorkeeper.okx.client.json.OkxFields;
import io.anchorkeeper.okx.client.json.OkxJson;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A channel argument: {@code {"channel":..., "instType"/"instFamily"/"instId"/"ccy":...}}, used to
 * subscribe and found again in acknowledgements and pushes (which may add {@code uid}).
 */
public record WsArg(String channel, Map<String, String> params) {
  private static final String[] IDENTITY = {"instType", "instFamily", "instId", "ccy"};

  public WsArg {
    Objects.requireNonNull(channel);
    params = Map.copyOf(params);
  }

  /** Mark price of one instrument, public URL. */
  public static WsArg markPrice(String instId) {
    return new WsArg("mark-price", Map.of("instId", instId));
  }

  /** Ticker of one instrument, public URL. */
  public static WsArg tickers(String instId) {
    return new WsArg("tickers", Map.of("instId", instId));
  }

  /** Positions of a type ({@code SWAP} or {@code ANY}), private URL; starts with a snapshot. */
  public static WsArg positions(String instType) {
    return new WsArg("positions", Map.of("instType", instType));
  }

  /**
   * Positions of a type, pushed on events only: the first snapshot, then a push whenever a position
   * changes, without OKX's periodic snapshots ({@code extraParams} {@code updateInterval} 0).
   */
  public static WsArg positionEvents(String instType) {
    return new WsArg(
        "positions", Map.of("instType", instType, "extraParams", "{\"updateInterval\":\"0\"}"));
  }

  /** Order updates with fill details of a type, private URL; no initial snapshot. */
  public static WsArg orders(String instType) {
    return new WsArg("orders", Map.of("instType", instType));
  }

  /** Balance and position changes with their cause, private URL. */
  public static WsArg balanceAndPosition() {
    return new WsArg("balance_and_position", Map.of());
  }

  /** Balances of every non-zero currency, private URL. */
  public static WsArg account() {
    return new WsArg("account", Map.of());
  }

  /** The same argument with one more parameter, e.g. {@code extraParams}. */
  public WsArg with(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(params);
    more.put(name, value);
    return new WsArg(channel, more);
  }

  public Optional<String> param(String name) {
    return Optional.ofNullable(params.get(name));
  }

  /** Reads an {@code arg} object of an event or push. */
  public static WsArg from(JsonNode node) {
    OkxFields fields = OkxFields.of(node);
    Map<String, String> params = new LinkedHashMap<>();
    for (String name : node.propertyNames()) {
      if (!name.equals("channel")) {
        params.put(name, fields.text(name));
      }
    }
    return new WsArg(fields.text("channel"), params);
  }

  public ObjectNode toJson() {
    ObjectNode node = OkxJson.object();
    node.put("channel", channel);
    params.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(entry -> node.put(entry.getKey(), entry.getValue()));
    return node;
  }

  /**
   * What makes two args the same subscription: the channel and its instrument selectors, but not
   * {@code uid} or {@code extraParams}, which OKX may add or drop when echoing.
   */
  public String subscriptionKey() {
    StringBuilder key = new StringBuilder(channel);
    for (String name : IDENTITY) {
      key.append('|').append(params.getOrDefault(name, ""));
    }
    return key.toString();
  }
}
