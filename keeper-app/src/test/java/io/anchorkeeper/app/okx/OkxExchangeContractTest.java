package io.anchorkeeper.app.okx;

import io.anchorkeeper.core.port.Exchange;
import io.anchorkeeper.okx.emulator.OkxEmulator;

/** The contract over real loopback HTTP and WebSocket, through okx-client, to the emulator. */
class OkxExchangeContractTest extends ExchangeContractTest {

  private OkxRig rig;

  @Override
  protected Exchange connect(OkxEmulator emulator) {
    rig = new OkxRig(emulator, OkxRig.settings());
    return rig.exchange;
  }

  @Override
  protected void register(OkxAccount account) {
    rig.add(account);
  }

  @Override
  protected void disconnect() {
    rig.close();
  }
}
