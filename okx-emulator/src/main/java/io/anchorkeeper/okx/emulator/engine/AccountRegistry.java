package io.anchorkeeper.okx.emulator.engine;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** All accounts, found by name, API key or uid. Creation is serialised; lookups are lock-free. */
public final class AccountRegistry {

  private final EngineContext ctx;
  private final long seed;
  private final Map<String, Account> byName = new ConcurrentHashMap<>();
  private final Map<String, Account> byApiKey = new ConcurrentHashMap<>();
  private final Map<String, Account> byUid = new ConcurrentHashMap<>();

  AccountRegistry(EngineContext ctx, long seed) {
    this.ctx = ctx;
    this.seed = seed;
  }

  /**
   * Creates an account.
   *
   * @throws IllegalArgumentException when the name or API key is taken, or a sub has no main
   */
  public synchronized Account create(AccountSpec spec) {
    if (byName.containsKey(spec.name())) {
      throw new IllegalArgumentException("account name already exists: " + spec.name());
    }
    if (byApiKey.containsKey(spec.apiKey())) {
      throw new IllegalArgumentException("apiKey already in use: " + spec.apiKey());
    }
    String uid = ctx.ids.uid();
    String mainUid = uid;
    if (spec.type() == AccountType.SUB) {
      mainUid = mainFor(spec).uid();
    }
    Account account =
        new Account(
            spec.name(),
            spec.type(),
            uid,
            mainUid,
            new Account.Credentials(spec.apiKey(), spec.secretKey(), spec.passphrase()),
            spec.usdt(),
            seed * 31 + byName.size(),
            ctx.now());
    byName.put(spec.name(), account);
    byApiKey.put(spec.apiKey(), account);
    byUid.put(uid, account);
    return account;
  }

  private Account mainFor(AccountSpec spec) {
    if (spec.mainName() != null) {
      return byName(spec.mainName())
          .filter(a -> a.type() == AccountType.MAIN)
          .orElseThrow(() -> new IllegalArgumentException("no main account " + spec.mainName()));
    }
    return all().stream()
        .filter(a -> a.type() == AccountType.MAIN)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("create a main account before subs"));
  }

  public Optional<Account> byName(String name) {
    return name == null ? Optional.empty() : Optional.ofNullable(byName.get(name));
  }

  public Optional<Account> byApiKey(String apiKey) {
    return apiKey == null ? Optional.empty() : Optional.ofNullable(byApiKey.get(apiKey));
  }

  public Optional<Account> byUid(String uid) {
    return uid == null ? Optional.empty() : Optional.ofNullable(byUid.get(uid));
  }

  /** All accounts in creation (uid) order. */
  public List<Account> all() {
    return byUid.values().stream().sorted(Comparator.comparing(Account::uid)).toList();
  }

  /** The sub-accounts of a main account, in creation order. */
  public List<Account> subsOf(Account main) {
    return all().stream()
        .filter(a -> a.type() == AccountType.SUB && a.mainUid().equals(main.uid()))
        .toList();
  }
}
