package io.anchorkeeper.okx.client;

/**
 * Sees traffic where it crosses the wire, stamped with {@link System#nanoTime()}, so that a
 * benchmark can tell the client's own share of a reaction from the network's and the exchange's. It
 * is handed request paths and bodies and pushed frames, never headers (they carry the API key and
 * the signature). Called on I/O and request threads: it must be quick and must not throw.
 */
public interface WireTap {

  /** Taps nothing (the default). */
  WireTap NONE = new WireTap() {};

  /** A WebSocket text frame arrived, before it is parsed. */
  default void frameReceived(String text, long nanoTime) {}

  /**
   * A REST request is about to leave (signed, when it is signed).
   *
   * @param caller the account key's budget name ({@code OkxCredentials#budgetKey}, not the key), or
   *     {@code public}
   */
  default void requestSending(
      String caller, String method, String pathWithQuery, String body, long nanoTime) {}

  /** The answer to a REST request arrived (or the request failed), before it is parsed. */
  default void responseReceived(
      String caller, String method, String pathWithQuery, long nanoTime) {}
}
