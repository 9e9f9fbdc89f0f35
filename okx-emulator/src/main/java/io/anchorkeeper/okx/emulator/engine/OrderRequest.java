package io.anchorkeeper.okx.emulator.engine;

import java.math.BigDecimal;

/**
 * A new-order request after parsing: {@code px} null for market types, {@code posSide} already
 * defaulted ({@code NET} when absent), {@code clOrdId}/{@code tag} empty strings when absent.
 */
public record OrderRequest(
    String instId,
    Side side,
    PosSide posSide,
    OrdType ordType,
    BigDecimal sz,
    BigDecimal px,
    String clOrdId,
    String tag,
    boolean reduceOnly) {}
