/** Instruments: identity, contract specification and maintenance-margin tiers, loaded as data. */
package io.anchorkeeper.core.instrument;
