package io.anchorkeeper.app.paper;

import io.anchorkeeper.core.slot.AccountKind;
import io.anchorkeeper.core.slot.AccountName;
import io.anchorkeeper.okx.client.auth.OkxCredentials;
import java.util.Objects;

/** An account of the embedded emulator, with the keys generated for it at start-up. */
public record PaperAccount(AccountName name, AccountKind kind, OkxCredentials credentials) {

  public PaperAccount {
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(kind, "kind must not be null");
    Objects.requireNonNull(credentials, "credentials must not be null");
  }
}
