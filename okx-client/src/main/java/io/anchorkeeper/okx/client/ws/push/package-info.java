/** Typed records of OKX WebSocket channel pushes. */
package io.anchorkeeper.okx.client.ws.push;
