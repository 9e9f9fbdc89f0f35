/** Positions as the exchange reports them, in core types. */
package io.anchorkeeper.core.position;
