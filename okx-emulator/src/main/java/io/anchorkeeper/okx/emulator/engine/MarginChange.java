package io.anchorkeeper.okx.emulator.engine;

import java.math.BigDecimal;

/**
 * The answer of a margin adjustment. {@code leverage} is the effective leverage after it: notional
 * at the entry price over the new margin, two decimals.
 */
public record MarginChange(
    String instId, PosSide posSide, boolean add, BigDecimal amt, BigDecimal leverage) {}
