package io.anchorkeeper.app.okx;

import io.anchorkeeper.okx.client.ws.push.PositionsPush;

/**
 * What the feed hears from an account's private connection, which the session owns. Calls come from
 * the connection's threads; {@link #onPositions} must return quickly.
 */
interface AccountStreamListener {

  AccountStreamListener NONE =
      new AccountStreamListener() {
        @Override
        public void onPositions(PositionsPush push) {}

        @Override
        public void onResync() {}

        @Override
        public void onDisconnected(String reason) {}
      };

  void onPositions(PositionsPush push);

  /** Logged in and subscribed again: pushes may have been missed, re-read over REST. */
  void onResync();

  void onDisconnected(String reason);
}
