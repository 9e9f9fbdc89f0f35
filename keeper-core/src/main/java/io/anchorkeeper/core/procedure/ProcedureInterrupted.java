package io.anchorkeeper.core.procedure;

/**
 * A procedure run stopped before its end (interrupted, or the exchange stayed unreachable). The
 * journal holds everything done so far; the runner resumes the procedure later.
 */
public final class ProcedureInterrupted extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ProcedureInterrupted(String message, Throwable cause) {
    super(message, cause);
  }
}
