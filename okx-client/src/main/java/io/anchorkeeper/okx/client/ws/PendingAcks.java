package io.anchorkeeper.okx.client.ws;

import io.anchorkeeper.okx.client.ws.push.WsArg;
import io.anchorkeeper.okx.client.ws.push.WsEvent;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Subscribe requests sent on connect that OKX has not answered yet. OKX acknowledges each arg with
 * a {@code subscribe} event, or refuses a whole request with an {@code error} event carrying the
 * request's {@code id}.
 */
final class PendingAcks {
  private final Map<String, Set<String>> keysByRequestId = new LinkedHashMap<>();

  void expect(String requestId, Collection<WsArg> args) {
    Set<String> keys = new HashSet<>();
    args.forEach(arg -> keys.add(arg.subscriptionKey()));
    keysByRequestId.put(requestId, keys);
  }

  /** Applies a {@code subscribe} or {@code error} event; other events change nothing. */
  void apply(WsEvent event) {
    if (event.isError()) {
      keysByRequestId.remove(event.id());
    } else if (event.event().equals("subscribe") && event.arg().isPresent()) {
      String key = event.arg().get().subscriptionKey();
      Set<String> keys = keysByRequestId.get(event.id());
      if (keys == null || !keys.remove(key)) {
        keysByRequestId.values().forEach(set -> set.remove(key));
      }
    }
    keysByRequestId.values().removeIf(Set::isEmpty);
  }

  boolean isEmpty() {
    return keysByRequestId.isEmpty();
  }

  void clear() {
    keysByRequestId.clear();
  }
}
