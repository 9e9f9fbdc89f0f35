/** OKX's per-endpoint rate limits, counted in sliding windows on the emulator clock. */
package io.anchorkeeper.okx.emulator.ratelimit;
