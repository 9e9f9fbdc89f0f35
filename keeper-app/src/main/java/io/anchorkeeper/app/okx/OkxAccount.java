package io.anchorkeeper.app.okx;

import io.anchorkeeper.core.slot.AccountKind;
import io.anchorkeeper.core.slot.AccountName;
import io.anchorkeeper.okx.client.auth.OkxCredentials;
import java.util.Objects;

/**
 * One account the keeper trades: its name in the keeper, whether it is the main account or a
 * sub-account, and its own API key (sub-accounts trade only with their own keys). {@link
 * #toString()} shows the masked key only.
 */
public record OkxAccount(AccountName name, AccountKind kind, OkxCredentials credentials) {

  public OkxAccount {
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(kind, "kind must not be null");
    Objects.requireNonNull(credentials, "credentials must not be null");
  }

  public static OkxAccount main(String name, OkxCredentials credentials) {
    return new OkxAccount(AccountName.of(name), AccountKind.MAIN, credentials);
  }

  public static OkxAccount sub(String name, OkxCredentials credentials) {
    return new OkxAccount(AccountName.of(name), AccountKind.SUB, credentials);
  }

  @Override
  public String toString() {
    return "OkxAccount[" + name + ", " + kind + ", key " + credentials.maskedKey() + "]";
  }
}
