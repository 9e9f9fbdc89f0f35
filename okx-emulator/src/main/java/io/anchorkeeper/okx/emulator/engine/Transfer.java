package io.anchorkeeper.okx.emulator.engine;

import java.math.BigDecimal;

/**
 * A completed funds transfer. {@code from}/{@code to} are OKX account types (6 funding, 18
 * trading), {@code type} OKX's transfer type (0 within an account, 1 main to sub, 2 sub to main by
 * the main key, 3 sub to main by the sub key, 4 sub to sub).
 */
public record Transfer(
    String transId,
    String clientId,
    String ccy,
    BigDecimal amt,
    String type,
    String from,
    String to,
    String subAcct,
    long ts) {}
