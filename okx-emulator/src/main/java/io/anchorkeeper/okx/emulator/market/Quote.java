package io.anchorkeeper.okx.emulator.market;

import java.math.BigDecimal;

/** The latest prices of one instrument: mark, last trade price and size, and when they changed. */
public record Quote(
    String instId, BigDecimal markPx, BigDecimal lastPx, BigDecimal lastSz, long ts) {}
