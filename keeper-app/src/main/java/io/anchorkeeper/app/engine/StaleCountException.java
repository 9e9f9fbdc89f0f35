package io.anchorkeeper.app.engine;

/**
 * The slot's maintenance count changed between reading it and beginning a procedure (another
 * procedure finished, perhaps in another instance): the request must be rebuilt from the current
 * count, or two writers would disagree about it.
 */
public final class StaleCountException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int current;

  public StaleCountException(int requested, int current) {
    super("the slot's count is " + current + ", not " + requested);
    this.current = current;
  }

  public int current() {
    return current;
  }
}
