package io.anchorkeeper.okx.emulator.engine;

import java.math.BigDecimal;

/** A transfer request as OKX's {@code asset/transfer} takes it; {@code type} "" means "0". */
public record TransferRequest(
    String ccy,
    BigDecimal amt,
    String from,
    String to,
    String type,
    String subAcct,
    String clientId) {}
