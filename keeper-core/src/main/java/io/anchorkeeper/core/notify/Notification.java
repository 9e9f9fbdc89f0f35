package io.anchorkeeper.core.notify;

import java.time.Instant;

/** Something the owner should hear about. */
public sealed interface Notification permits ProcedureFinished, Alert {

  Instant at();
}
