package io.anchorkeeper.okx.emulator.rest;

import static io.anchorkeeper.okx.emulator.ratelimit.RateRule.per1s;
import static io.anchorkeeper.okx.emulator.ratelimit.RateRule.per2s;

import io.anchorkeeper.okx.emulator.engine.Account;
import io.anchorkeeper.okx.emulator.engine.AccountType;
import io.anchorkeeper.okx.emulator.engine.Engine;
import io.anchorkeeper.okx.emulator.engine.Errors;
import io.anchorkeeper.okx.emulator.engine.Transfer;
import io.anchorkeeper.okx.emulator.engine.TransferRequest;
import io.anchorkeeper.okx.emulator.json.JsonObj;
import io.anchorkeeper.okx.emulator.ratelimit.RateScope;
import io.anchorkeeper.okx.emulator.wire.BalanceJson;
import io.anchorkeeper.okx.emulator.wire.OrderParser;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sub-accounts and funds: {@code users/subaccount/list}, a sub's trading and funding balances (main
 * key only; 50030 otherwise), {@code asset/transfer} and {@code asset/transfer-state}, the funding
 * balance and the currency list. Only USDT exists.
 */
final class FundsEndpoints {

  private final Engine engine;

  FundsEndpoints(Engine engine) {
    this.engine = engine;
  }

  void register(Router router) {
    router.add(
        Route.get("/api/v5/users/subaccount/list", per2s(2, RateScope.UID), this::subAccounts));
    router.add(
        Route.get(
            "/api/v5/account/subaccount/balances", per2s(6, RateScope.UID), this::subTrading));
    router.add(
        Route.get("/api/v5/asset/subaccount/balances", per2s(6, RateScope.UID), this::subFunding));
    router.add(Route.post("/api/v5/asset/transfer", per1s(2, RateScope.UID_CCY), this::transfer));
    router.add(
        Route.get("/api/v5/asset/transfer-state", per1s(10, RateScope.UID), this::transferState));
    router.add(Route.get("/api/v5/asset/balances", per1s(6, RateScope.UID), this::funding));
    router.add(Route.get("/api/v5/asset/currencies", per1s(6, RateScope.UID), r -> currencies()));
  }

  private ApiResponse subAccounts(ApiRequest r) {
    Account main = requireMain(r);
    Optional<String> name = r.param("subAcct");
    List<Map<String, Object>> data =
        engine.accounts().subsOf(main).stream()
            .filter(s -> name.map(s.name()::equals).orElse(true))
            .limit(r.limit(100, 100))
            .map(FundsEndpoints::subAccount)
            .toList();
    return ApiResponse.ok(data);
  }

  private ApiResponse subTrading(ApiRequest r) {
    Account sub = sub(r);
    return ApiResponse.ok(List.of(BalanceJson.account(engine.balance(sub), true)));
  }

  private ApiResponse subFunding(ApiRequest r) {
    Account sub = sub(r);
    return ApiResponse.ok(List.of(BalanceJson.funding(engine.balance(sub))));
  }

  private ApiResponse funding(ApiRequest r) {
    return ApiResponse.ok(List.of(BalanceJson.funding(engine.balance(r.account()))));
  }

  private ApiResponse transfer(ApiRequest r) {
    TransferRequest request =
        new TransferRequest(
            r.required("ccy"),
            r.requiredPositive("amt"),
            r.required("from"),
            r.required("to"),
            r.param("type", "0"),
            r.param("subAcct", ""),
            OrderParser.clOrdId(r.param("clientId", "")));
    Transfer t = engine.transfer(r.account(), request);
    return ApiResponse.ok(
        List.of(
            JsonObj.create()
                .str("transId", t.transId())
                .str("ccy", t.ccy())
                .str("clientId", t.clientId())
                .str("from", t.from())
                .num("amt", t.amt())
                .str("to", t.to())
                .map()));
  }

  /** Transfers complete at once, so a known transfer is always {@code success}. */
  private ApiResponse transferState(ApiRequest r) {
    String transId = r.param("transId", "");
    String clientId = r.param("clientId", "");
    if (transId.isEmpty() && clientId.isEmpty()) {
      throw Errors.empty("transId");
    }
    return ApiResponse.ok(
        engine.transferState(r.account(), transId, clientId).stream()
            .map(
                t ->
                    JsonObj.create()
                        .num("amt", t.amt())
                        .str("ccy", t.ccy())
                        .str("clientId", t.clientId())
                        .str("from", t.from())
                        .str("instId", "")
                        .str("state", "success")
                        .str("subAcct", t.subAcct())
                        .str("to", t.to())
                        .str("toInstId", "")
                        .str("transId", t.transId())
                        .str("type", t.type())
                        .map())
            .toList());
  }

  private static ApiResponse currencies() {
    Map<String, Object> usdt =
        JsonObj.create()
            .raw("canDep", true)
            .raw("canInternal", true)
            .raw("canWd", true)
            .str("ccy", "USDT")
            .str("chain", "USDT-TRC20")
            .raw("mainNet", true)
            .str("maxFee", "0")
            .str("maxWd", "100000000")
            .str("minDep", "0.00000001")
            .str("minFee", "0")
            .str("minWd", "0.1")
            .str("name", "Tether")
            .str("wdTickSz", "8")
            .map();
    return ApiResponse.ok(List.of(usdt));
  }

  private Account requireMain(ApiRequest r) {
    if (r.account().type() != AccountType.MAIN) {
      throw Errors.noPermission();
    }
    return r.account();
  }

  private Account sub(ApiRequest r) {
    Account main = requireMain(r);
    String name = r.required("subAcct");
    return engine
        .accounts()
        .byName(name)
        .filter(s -> s.type() == AccountType.SUB && s.mainUid().equals(main.uid()))
        .orElseThrow(() -> Errors.param("subAcct"));
  }

  private static Map<String, Object> subAccount(Account s) {
    return JsonObj.create()
        .raw("canTransOut", true)
        .raw("enable", true)
        .raw("frozenFunc", List.of())
        .raw("gAuth", false)
        .str("label", s.name())
        .str("mobile", "")
        .str("subAcct", s.name())
        .str("ts", "0")
        .str("type", "1")
        .str("uid", s.uid())
        .map();
  }
}
