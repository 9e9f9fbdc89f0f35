package io.anchorkeeper.okx.emulator.engine;

import java.math.BigDecimal;

/** One side's leverage setting on one instrument. */
public record LeverageSetting(String instId, PosSide posSide, BigDecimal lever) {}
