package io.anchorkeeper.okx.emulator.engine;

/** How a fill happened: taking, making, or a forced liquidation. */
enum Liquidity {
  TAKER("T"),
  MAKER("M"),
  LIQUIDATION("");

  final String execType;

  Liquidity(String execType) {
    this.execType = execType;
  }
}
