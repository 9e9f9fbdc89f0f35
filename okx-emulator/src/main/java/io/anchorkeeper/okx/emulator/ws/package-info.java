/**
 * The OKX v5 WebSocket API: public and private channels, login, subscriptions, order operations.
 */
package io.anchorkeeper.okx.emulator.ws;
