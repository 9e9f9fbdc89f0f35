/**
 * The control API (not OKX): accounts, prices, clock, faults and the request log, in Java and over
 * HTTP.
 */
package io.anchorkeeper.okx.emulator.control;
