/**
 * HTTP plumbing shared by the OKX API, the WebSocket and the control API: query parameters and the
 * request log.
 */
package io.anchorkeeper.okx.emulator.http;
