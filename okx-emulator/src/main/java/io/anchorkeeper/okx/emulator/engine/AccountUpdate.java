package io.anchorkeeper.okx.emulator.engine;

import java.util.List;

/**
 * What changed in an account: OKX's {@code balance_and_position} event type ({@code filled}, {@code
 * liquidation}, {@code adjust_margin}, {@code set_leverage}, {@code transferred}), the positions
 * touched (a closed one with size 0), the balance after, and the fills involved.
 */
public record AccountUpdate(
    String eventType,
    List<PositionSnapshot> positions,
    BalanceSnapshot balance,
    List<Fill> trades) {}
