package io.anchorkeeper.okx.emulator.engine;

import java.math.BigDecimal;

/** Contracts a new order could buy and sell now. */
public record MaxSize(String instId, BigDecimal maxBuy, BigDecimal maxSell) {}
