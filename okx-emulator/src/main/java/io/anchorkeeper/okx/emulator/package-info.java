/** An OKX v5-compatible exchange emulator for tests, demos and paper mode. */
package io.anchorkeeper.okx.emulator;
