/**
 * The journal: past-tense events each procedure writes before and after every exchange call, and
 * the port that makes them durable. A procedure's history is enough to resume it after a crash.
 */
package io.anchorkeeper.core.journal;
