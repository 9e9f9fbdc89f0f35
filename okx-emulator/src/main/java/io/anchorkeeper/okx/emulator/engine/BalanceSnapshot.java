package io.anchorkeeper.okx.emulator.engine;

import java.math.BigDecimal;

/**
 * USDT balances of one account at one moment, in OKX's terms: {@code cashBal} excludes isolated
 * margin; {@code isoEq} is the isolated margin plus unrealised PnL; {@code eq = cashBal + isoEq};
 * {@code availBal = cashBal - ordFrozen}; {@code frozenBal = isoEq + ordFrozen}. {@code funding} is
 * the funding-account balance.
 */
public record BalanceSnapshot(
    BigDecimal cashBal,
    BigDecimal availBal,
    BigDecimal ordFrozen,
    BigDecimal isoEq,
    BigDecimal isoUpl,
    BigDecimal frozenBal,
    BigDecimal eq,
    BigDecimal funding,
    long uTime) {}
