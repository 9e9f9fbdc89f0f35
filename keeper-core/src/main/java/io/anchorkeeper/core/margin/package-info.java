/** Isolated-margin maths for USDT-margined linear swaps (okx-v5-facts.md section 6). */
package io.anchorkeeper.core.margin;
