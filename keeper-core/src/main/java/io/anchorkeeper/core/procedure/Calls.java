package io.anchorkeeper.core.procedure;

import io.anchorkeeper.core.port.ExchangeException;
import java.util.function.Supplier;

/**
 * Exchange reads with retries. A read changes nothing, so any failure but a rejection is tried
 * again after a growing pause; when the exchange stays unreachable the run stops, to be resumed.
 */
final class Calls {

  private final ProcedureContext context;

  Calls(ProcedureContext context) {
    this.context = context;
  }

  <T> T read(String what, Supplier<T> call) {
    RetryPolicy retry = context.retry();
    for (int attempt = 1; ; attempt++) {
      try {
        return call.get();
      } catch (ExchangeException.Rejected e) {
        throw e;
      } catch (ExchangeException e) {
        if (attempt >= retry.transientAttempts()) {
          throw new ProcedureInterrupted(
              what + " failed " + attempt + " times, last: " + e.getMessage(), e);
        }
        context.pause().pause(retry.backoffBefore(attempt));
      }
    }
  }
}
