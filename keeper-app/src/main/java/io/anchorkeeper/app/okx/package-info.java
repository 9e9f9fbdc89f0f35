/**
 * The OKX adapters: the core's Exchange port and the engine's ExchangeFeed over okx-client, and the
 * Exchange port straight on the emulator's engine; nothing OKX-shaped leaves the package.
 */
package io.anchorkeeper.app.okx;
