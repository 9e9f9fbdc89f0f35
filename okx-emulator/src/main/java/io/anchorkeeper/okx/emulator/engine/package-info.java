/**
 * The exchange engine: accounts, orders, fills and isolated-margin bookkeeping, one lock per
 * account.
 */
package io.anchorkeeper.okx.emulator.engine;
