/** A client for the OKX v5 REST and WebSocket APIs. */
package io.anchorkeeper.okx.client;
