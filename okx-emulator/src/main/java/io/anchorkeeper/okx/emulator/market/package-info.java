/**
 * Prices: mark and last per instrument, their sources (random walk, candle replay, set by hand) and
 * candles.
 */
package io.anchorkeeper.okx.emulator.market;
