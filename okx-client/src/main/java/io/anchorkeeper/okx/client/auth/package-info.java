/** Credentials, HMAC signing and the server-time offset that keeps signed timestamps fresh. */
package io.anchorkeeper.okx.client.auth;
