/** OKX request signing: HMAC-SHA256 signatures for REST headers and WebSocket login. */
package io.anchorkeeper.okx.emulator.auth;
