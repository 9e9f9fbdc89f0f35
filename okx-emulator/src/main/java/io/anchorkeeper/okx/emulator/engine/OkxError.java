package io.anchorkeeper.okx.emulator.engine;

/** A rejection with OKX's error code and message, raised by the engine and the API layers. */
public final class OkxError extends RuntimeException {

  private final String code;

  public OkxError(String code, String message) {
    super(message, null, false, false);
    this.code = code;
  }

  public String code() {
    return code;
  }

  public String msg() {
    return getMessage();
  }
}
