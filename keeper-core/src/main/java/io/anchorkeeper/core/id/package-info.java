/** Identifiers of procedures and of the orders they send, derived so they survive restarts. */
package io.anchorkeeper.core.id;
