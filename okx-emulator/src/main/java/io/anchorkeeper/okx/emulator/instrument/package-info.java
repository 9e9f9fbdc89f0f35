/**
 * The instrument catalogue: contract specs and maintenance-margin tiers loaded from a JSON file.
 */
package io.anchorkeeper.okx.emulator.instrument;
