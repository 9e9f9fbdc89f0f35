/**
 * The OKX adapter: implements the core's Exchange port over okx-client; nothing OKX-shaped leaves
 * it.
 */
package io.anchorkeeper.app.okx;
