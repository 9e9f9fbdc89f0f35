package io.anchorkeeper.okx.emulator.ratelimit;

/** What OKX counts a limit per: source IP, user id, and optionally instrument, instType or ccy. */
public enum RateScope {
  IP,
  IP_INST,
  IP_INST_TYPE,
  UID,
  UID_INST,
  UID_CCY
}
