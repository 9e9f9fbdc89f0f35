/** JSON plumbing shared by REST and WebSocket: one mapper and a reader for OKX's string fields. */
package io.anchorkeeper.okx.client.json;
