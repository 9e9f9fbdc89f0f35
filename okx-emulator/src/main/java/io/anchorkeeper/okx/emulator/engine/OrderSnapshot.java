package io.anchorkeeper.okx.emulator.engine;

import java.math.BigDecimal;

/**
 * An order as it stood at one moment. {@code px} and {@code avgPx} are null when not applicable;
 * {@code fee} is negative when charged; {@code lastFill} is null before the first fill.
 */
public record OrderSnapshot(
    String ordId,
    String clOrdId,
    String tag,
    String instId,
    Side side,
    PosSide posSide,
    OrdType ordType,
    BigDecimal px,
    BigDecimal sz,
    boolean reduceOnly,
    BigDecimal lever,
    String category,
    OrderState state,
    BigDecimal accFillSz,
    BigDecimal avgPx,
    BigDecimal fee,
    BigDecimal pnl,
    Fill lastFill,
    String cancelSource,
    long cTime,
    long uTime) {}
