package io.anchorkeeper.app.okx;

import io.anchorkeeper.core.slot.AccountName;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The accounts the keeper may trade, by name. Thread-safe; accounts may be added while running (a
 * new sub-account). Asking for an account that was never added is a configuration error and says
 * so, without ever showing a key.
 */
public final class OkxAccounts {

  private final Map<AccountName, OkxAccount> byName = new ConcurrentSkipListMap<>();

  public static OkxAccounts of(Collection<OkxAccount> accounts) {
    OkxAccounts registry = new OkxAccounts();
    accounts.forEach(registry::add);
    return registry;
  }

  /**
   * Adds an account.
   *
   * @throws IllegalArgumentException when another account already has this name or API key
   */
  public void add(OkxAccount account) {
    Objects.requireNonNull(account, "account must not be null");
    synchronized (byName) {
      if (byName.containsKey(account.name())) {
        throw new IllegalArgumentException("account " + account.name() + " is already configured");
      }
      String key = account.credentials().budgetKey();
      for (OkxAccount other : byName.values()) {
        if (other.credentials().budgetKey().equals(key)) {
          throw new IllegalArgumentException(
              "accounts "
                  + other.name()
                  + " and "
                  + account.name()
                  + " use the same API key "
                  + account.credentials().maskedKey());
        }
      }
      byName.put(account.name(), account);
    }
  }

  /**
   * The account with this name.
   *
   * @throws IllegalArgumentException when no such account is configured
   */
  public OkxAccount get(AccountName name) {
    OkxAccount account = byName.get(Objects.requireNonNull(name, "name must not be null"));
    if (account == null) {
      throw new IllegalArgumentException("no OKX API key is configured for account " + name);
    }
    return account;
  }

  /** Every account, by name. */
  public List<OkxAccount> all() {
    return List.copyOf(byName.values());
  }

  @Override
  public String toString() {
    return "OkxAccounts" + byName.keySet();
  }
}
