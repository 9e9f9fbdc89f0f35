package io.anchorkeeper.okx.emulator.engine;

/** The per-item answer of an order operation: {@code sCode} "0" on success. */
public record OrderAck(
    String ordId, String clOrdId, String tag, long ts, String sCode, String sMsg) {

  public boolean ok() {
    return "0".equals(sCode);
  }

  public static OrderAck rejected(String clOrdId, String tag, long ts, OkxError error) {
    return new OrderAck(
        "", clOrdId == null ? "" : clOrdId, tag == null ? "" : tag, ts, error.code(), error.msg());
  }
}
