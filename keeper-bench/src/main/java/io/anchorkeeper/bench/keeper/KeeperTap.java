package io.anchorkeeper.bench.keeper;

import io.anchorkeeper.okx.client.WireTap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The keeper's end of the reaction figure: when each mark-price push arrived and when each order
 * left (and when every other request left). Only the few fields the driver matches on are kept
 * (instrument, mark price, path); frames of other channels are ignored after a substring check.
 */
final class KeeperTap implements WireTap {

  private static final Pattern INST = Pattern.compile("\"instId\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern CHANNEL = Pattern.compile("\"channel\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern MARK = Pattern.compile("\"markPx\"\\s*:\\s*\"([^\"]+)\"");

  private final EventLog log;

  KeeperTap(EventLog log) {
    this.log = log;
  }

  @Override
  public void frameReceived(String text, long nanoTime) {
    if (!text.contains("\"mark-price\"") || !text.contains("\"markPx\"")) {
      Matcher channel = CHANNEL.matcher(text);
      if (text.contains("\"data\"") && channel.find()) {
        log.record(nanoTime, "push", channel.group(1));
      }
      return;
    }
    Matcher inst = INST.matcher(text);
    Matcher mark = MARK.matcher(text);
    int from = 0;
    while (inst.find(from) && mark.find(inst.end())) {
      log.record(nanoTime, "mark", inst.group(1) + " " + mark.group(1));
      from = mark.end();
    }
  }

  @Override
  public void responseReceived(String caller, String method, String pathWithQuery, long nanoTime) {
    log.record(nanoTime, "response", caller + " " + method + " " + pathOf(pathWithQuery));
  }

  private static String pathOf(String pathWithQuery) {
    int query = pathWithQuery.indexOf('?');
    return query < 0 ? pathWithQuery : pathWithQuery.substring(0, query);
  }

  @Override
  public void requestSending(
      String caller, String method, String pathWithQuery, String body, long nanoTime) {
    String path = pathOf(pathWithQuery);
    if ("POST".equals(method) && path.startsWith("/api/v5/trade/")) {
      Matcher inst = INST.matcher(body);
      log.record(
          nanoTime, "order", caller + " " + path + " " + (inst.find() ? inst.group(1) : "-"));
    } else {
      log.record(nanoTime, "request", caller + " " + method + " " + path);
    }
  }
}
