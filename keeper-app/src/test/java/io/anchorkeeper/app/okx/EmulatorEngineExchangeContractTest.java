package io.anchorkeeper.app.okx;

import io.anchorkeeper.core.port.Exchange;
import io.anchorkeeper.okx.emulator.OkxEmulator;

/** The contract straight on the emulator's engine, in process, as backtests use it. */
class EmulatorEngineExchangeContractTest extends ExchangeContractTest {

  @Override
  protected Exchange connect(OkxEmulator emulator) {
    return new EmulatorEngineExchange(emulator.engine());
  }

  @Override
  protected void register(OkxAccount account) {
    // the engine knows every account the emulator has
  }

  @Override
  protected void disconnect() {}
}
