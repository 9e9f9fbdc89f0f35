package io.anchorkeeper.okx.emulator.engine;

import java.math.BigDecimal;

/**
 * One execution. {@code fee} and {@code feeRate} are negative when charged (OKX's sign); {@code
 * fillPnl} is the closing PnL without fee; {@code execType} is T (taker), M (maker) or empty for a
 * liquidation; {@code subType} is OKX's bill type (3 open long, 4 open short, 5 close long, 6 close
 * short, 104/105 liquidation long/short).
 */
public record Fill(
    String instId,
    String tradeId,
    String ordId,
    String clOrdId,
    String billId,
    String tag,
    Side side,
    PosSide posSide,
    BigDecimal fillPx,
    BigDecimal fillSz,
    BigDecimal fillPnl,
    BigDecimal fee,
    BigDecimal feeRate,
    String execType,
    String subType,
    BigDecimal markPx,
    long ts) {}
