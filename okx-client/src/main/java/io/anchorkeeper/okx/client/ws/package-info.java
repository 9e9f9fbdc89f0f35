/** OKX v5 WebSocket connections: login, subscriptions, text ping/pong, reconnect and resync. */
package io.anchorkeeper.okx.client.ws;
