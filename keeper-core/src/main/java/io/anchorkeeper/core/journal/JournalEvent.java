package io.anchorkeeper.core.journal;

import java.time.Instant;

/** Something a procedure did or learnt, in the past tense, with when it was recorded. */
public sealed interface JournalEvent
    permits ProcedureStarted,
        MaintenancePlanned,
        TrimDecided,
        AutoOpenPlanned,
        TakeProfitPlanned,
        LeverageSet,
        OrderSubmitted,
        OrderSettled,
        OrderRejected,
        MarginChangeSubmitted,
        MarginChanged,
        MarginChangeRefused {

  Instant at();
}
