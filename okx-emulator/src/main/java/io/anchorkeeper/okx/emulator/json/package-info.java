/** JSON reading and writing helpers: one configured mapper and OKX-style decimal strings. */
package io.anchorkeeper.okx.emulator.json;
