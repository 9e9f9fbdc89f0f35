/**
 * OKX JSON shapes (instruments, orders, positions, balances, fills, tickers) shared by REST and
 * WebSocket.
 */
package io.anchorkeeper.okx.emulator.wire;
