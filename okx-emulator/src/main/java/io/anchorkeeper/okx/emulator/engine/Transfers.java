package io.anchorkeeper.okx.emulator.engine;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * USDT transfers between the funding (6) and trading (18) accounts of one account, and between a
 * main account and its subs, following OKX's transfer types. Both accounts are locked in uid order
 * so that two opposite transfers cannot deadlock. Transfers complete at once.
 */
final class Transfers {

  /** OKX's account types in transfers. */
  private static final String FUNDING = "6";

  private static final String TRADING = "18";
  private static final List<String> ACCOUNT_TYPES = List.of(FUNDING, TRADING);

  private final EngineContext ctx;
  private final AccountRegistry accounts;

  Transfers(EngineContext ctx, AccountRegistry accounts) {
    this.ctx = ctx;
    this.accounts = accounts;
  }

  Transfer transfer(Account caller, TransferRequest r) {
    if (!ACCOUNT_TYPES.contains(r.from()) || !ACCOUNT_TYPES.contains(r.to())) {
      throw Errors.param(ACCOUNT_TYPES.contains(r.from()) ? "to" : "from");
    }
    if (r.amt().signum() <= 0) {
      throw Errors.param("amt");
    }
    Account[] pair = endpoints(caller, r);
    Account source = pair[0];
    Account target = pair[1];
    if (source == target && r.from().equals(r.to())) {
      throw Errors.param("to");
    }
    List<Account> ordered =
        List.of(source, target).stream()
            .distinct()
            .sorted(Comparator.comparing(Account::uid))
            .toList();
    return lockAll(ordered, () -> move(caller, source, target, r));
  }

  private Transfer move(Account caller, Account source, Account target, TransferRequest r) {
    BigDecimal spendable = FUNDING.equals(r.from()) ? source.funding : source.availBal();
    if (!"USDT".equals(r.ccy()) || spendable.compareTo(r.amt()) < 0) {
      throw Errors.insufficientBalance();
    }
    add(source, r.from(), r.amt().negate());
    add(target, r.to(), r.amt());
    Transfer t =
        new Transfer(
            ctx.ids.transId(),
            r.clientId(),
            r.ccy(),
            r.amt(),
            r.type(),
            r.from(),
            r.to(),
            r.subAcct() == null ? "" : r.subAcct(),
            ctx.now());
    source.record(t);
    if (target != source) {
      target.record(t);
    }
    ctx.publishAccount(source, "transferred", List.of(), List.of());
    if (target != source) {
      ctx.publishAccount(target, "transferred", List.of(), List.of());
    }
    return t;
  }

  /** Looks a transfer up by transId or clientId among the caller's transfers. */
  Optional<Transfer> find(Account caller, String transId, String clientId) {
    return caller.locked(
        () ->
            caller.transfers.stream()
                .filter(
                    t ->
                        transId != null && !transId.isEmpty()
                            ? t.transId().equals(transId)
                            : t.clientId().equals(clientId))
                .reduce((first, second) -> second));
  }

  private Account[] endpoints(Account caller, TransferRequest r) {
    String type = r.type() == null || r.type().isEmpty() ? "0" : r.type();
    return switch (type) {
      case "0" -> new Account[] {caller, caller};
      case "1" -> new Account[] {requireMain(caller), sub(caller, r.subAcct())};
      case "2" -> new Account[] {sub(requireMain(caller), r.subAcct()), caller};
      case "3" -> new Account[] {caller, mainOf(caller)};
      case "4" -> new Account[] {caller, sibling(caller, r.subAcct())};
      default -> throw Errors.param("type");
    };
  }

  private static Account requireMain(Account caller) {
    if (caller.type() != AccountType.MAIN) {
      throw Errors.noPermission();
    }
    return caller;
  }

  private Account sub(Account main, String subAcct) {
    if (subAcct == null || subAcct.isEmpty()) {
      throw Errors.empty("subAcct");
    }
    return accounts
        .byName(subAcct)
        .filter(a -> a.type() == AccountType.SUB && a.mainUid().equals(main.uid()))
        .orElseThrow(() -> Errors.param("subAcct"));
  }

  private Account mainOf(Account sub) {
    if (sub.type() != AccountType.SUB) {
      throw Errors.noPermission();
    }
    return accounts.byUid(sub.mainUid()).orElseThrow(Errors::noPermission);
  }

  private Account sibling(Account sub, String subAcct) {
    if (sub.type() != AccountType.SUB) {
      throw Errors.noPermission();
    }
    return accounts
        .byName(subAcct)
        .filter(a -> a.type() == AccountType.SUB && a.mainUid().equals(sub.mainUid()))
        .orElseThrow(() -> Errors.param("subAcct"));
  }

  private static void add(Account a, String accountType, BigDecimal amount) {
    if (FUNDING.equals(accountType)) {
      a.funding = a.funding.add(amount);
    } else {
      a.cash = a.cash.add(amount);
    }
  }

  private static <T> T lockAll(List<Account> accounts, Supplier<T> action) {
    if (accounts.size() == 1) {
      return accounts.get(0).locked(action);
    }
    return accounts.get(0).locked(() -> accounts.get(1).locked(action));
  }
}
