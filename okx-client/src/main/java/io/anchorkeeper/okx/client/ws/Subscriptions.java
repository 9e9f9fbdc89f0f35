package io.anchorkeeper.okx.client.ws;

import io.anchorkeeper.okx.client.ws.push.WsArg;
import io.anchorkeeper.okx.client.ws.push.WsEvent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The channels a connection wants, sent again in full after every (re)connect, and the
 * acknowledgements still owed for that full send. Not thread-safe: the connection guards it.
 */
final class Subscriptions {
  /** Keeps each request far below OKX's 64 KB limit on the args of one request. */
  private static final int ARGS_PER_REQUEST = 50;

  private final Set<WsArg> wanted = new LinkedHashSet<>();
  private final PendingAcks pending = new PendingAcks();
  private int requestSeq;

  /** Adds channels; returns those not wanted before. */
  List<WsArg> add(Collection<WsArg> args) {
    return args.stream().filter(wanted::add).toList();
  }

  /** Removes channels; returns those that were wanted. */
  List<WsArg> remove(Collection<WsArg> args) {
    return args.stream().filter(wanted::remove).toList();
  }

  /** Subscribes to everything wanted, expecting an acknowledgement per channel. */
  void subscribeAll(WsSession session) {
    pending.clear();
    List<WsArg> args = new ArrayList<>(wanted);
    for (int from = 0; from < args.size(); from += ARGS_PER_REQUEST) {
      List<WsArg> chunk = args.subList(from, Math.min(args.size(), from + ARGS_PER_REQUEST));
      pending.expect(send(session, "subscribe", chunk), chunk);
    }
  }

  /**
   * Sends one {@code subscribe} or {@code unsubscribe} request.
   *
   * @return the request id
   */
  String send(WsSession session, String op, List<WsArg> args) {
    String id = "r" + (++requestSeq);
    if (!args.isEmpty()) {
      session.send(WsRequests.operation(id, op, args));
    }
    return id;
  }

  void apply(WsEvent event) {
    pending.apply(event);
  }

  boolean allAcknowledged() {
    return pending.isEmpty();
  }

  void forgetPending() {
    pending.clear();
  }
}
