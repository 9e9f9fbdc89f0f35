package io.anchorkeeper.okx.emulator.engine;

import java.util.Optional;

/**
 * Told about every change, synchronously and while the account's lock is held, so that pushes leave
 * in the order the changes happened. Implementations must not block.
 */
public interface EngineListener {

  /** An order was created, filled (in part; {@code fill} is that execution) or cancelled. */
  void orderChanged(Account account, OrderSnapshot order, Optional<Fill> fill);

  /** Positions and/or balance changed. */
  void accountChanged(Account account, AccountUpdate update);
}
