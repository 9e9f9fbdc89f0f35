/**
 * The ports the core needs from the outside world: the exchange, the journal and the notifier.
 * Adapters implement them; the core never knows which exchange, database or chat sits behind.
 */
package io.anchorkeeper.core.port;
