/**
 * Procedures as journaled state machines: maintenance, margin correction, auto-open and
 * take-profit. A fresh run and a resumed run take the same code path over the journal.
 */
package io.anchorkeeper.core.procedure;
