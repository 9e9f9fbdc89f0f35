package io.anchorkeeper.okx.emulator.control;

import io.anchorkeeper.okx.emulator.engine.AccountType;
import io.anchorkeeper.okx.emulator.engine.BalanceSnapshot;
import io.anchorkeeper.okx.emulator.engine.OrderSnapshot;
import io.anchorkeeper.okx.emulator.engine.PosMode;
import io.anchorkeeper.okx.emulator.engine.PositionSnapshot;
import java.util.List;

/** Everything about one account: identity, balances, open positions, pending and recent orders. */
public record AccountReport(
    String name,
    AccountType type,
    String uid,
    String mainUid,
    String apiKey,
    PosMode posMode,
    BalanceSnapshot balance,
    List<PositionSnapshot> positions,
    List<OrderSnapshot> pendingOrders,
    List<OrderSnapshot> recentOrders) {}
