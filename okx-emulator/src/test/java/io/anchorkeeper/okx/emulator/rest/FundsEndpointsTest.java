package io.anchorkeeper.okx.emulator.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.anchorkeeper.okx.emulator.OkxEmulator;
import io.anchorkeeper.okx.emulator.support.Emulators;
import io.anchorkeeper.okx.emulator.support.OkxHttp;
import io.anchorkeeper.okx.emulator.support.OkxHttp.Reply;
import io.anchorkeeper.okx.emulator.support.TestAccount;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Sub-account list and balances, transfers between main and subs, transfer state. */
class FundsEndpointsTest {

  private static final TestAccount MAIN = TestAccount.main("main", "5000");
  private static final TestAccount SUB1 = TestAccount.sub("sub1", "100");
  private static final TestAccount SUB2 = TestAccount.sub("sub2", "0");
  private OkxEmulator emu;
  private OkxHttp main;
  private OkxHttp sub1;

  @BeforeEach
  void start() {
    emu = Emulators.started(MAIN, SUB1, SUB2);
    main = new OkxHttp(emu, MAIN);
    sub1 = new OkxHttp(emu, SUB1);
  }

  @AfterEach
  void stop() {
    emu.close();
  }

  @Test
  void mainKeyListsItsSubAccounts() {
    Reply r = main.get("/api/v5/users/subaccount/list");
    assertThat(r.body().path("data").size()).isEqualTo(2);
    assertThat(r.data(0).path("subAcct").asString()).isEqualTo("sub1");
    assertThat(r.data(0).path("enable").asBoolean()).isTrue();
    assertThat(r.data(1).path("uid").asString()).isEqualTo(emu.control().account("sub2").uid());
    assertThat(main.get("/api/v5/users/subaccount/list?subAcct=sub2").body().path("data").size())
        .isEqualTo(1);
    assertThat(sub1.get("/api/v5/users/subaccount/list").code()).isEqualTo("50030");
  }

  @Test
  void mainKeyReadsASubsBalances() {
    JsonNode trading = main.get("/api/v5/account/subaccount/balances?subAcct=sub1").item();
    assertThat(trading.path("details").path(0).path("cashBal").asString()).isEqualTo("100");
    JsonNode funding = main.get("/api/v5/asset/subaccount/balances?subAcct=sub1").item();
    assertThat(funding.path("bal").asString()).isEqualTo("0");
    assertThat(main.get("/api/v5/account/subaccount/balances?subAcct=nobody").code())
        .isEqualTo("51000");
    assertThat(main.get("/api/v5/account/subaccount/balances").code()).isEqualTo("50014");
    assertThat(sub1.get("/api/v5/account/subaccount/balances?subAcct=sub1").code())
        .isEqualTo("50030");
  }

  @Test
  void transfersFromMainToSubAndBack() {
    Reply out = main.post("/api/v5/asset/transfer", transfer("250", "1", "sub1", "t1"));
    assertThat(out.code()).isEqualTo("0");
    assertThat(out.item().path("amt").asString()).isEqualTo("250");
    assertThat(out.item().path("clientId").asString()).isEqualTo("t1");
    assertThat(cash(main)).isEqualTo("4750");
    assertThat(cash(sub1)).isEqualTo("350");
    Reply back = sub1.post("/api/v5/asset/transfer", transfer("50", "3", null, null));
    assertThat(back.code()).isEqualTo("0");
    assertThat(cash(sub1)).isEqualTo("300");
    assertThat(main.post("/api/v5/asset/transfer", transfer("10", "2", "sub1", null)).code())
        .isEqualTo("0");
    assertThat(cash(main)).isEqualTo("4810");
    JsonNode state = main.get("/api/v5/asset/transfer-state?clientId=t1").item();
    assertThat(state.path("state").asString()).isEqualTo("success");
    assertThat(state.path("transId").asString()).isEqualTo(out.item().path("transId").asString());
    assertThat(
            sub1.get(
                    "/api/v5/asset/transfer-state?transId=" + out.item().path("transId").asString())
                .item()
                .path("amt")
                .asString())
        .isEqualTo("250");
  }

  @Test
  void transfersBetweenSubsAndBetweenFundingAndTrading() {
    assertThat(sub1.post("/api/v5/asset/transfer", transfer("40", "4", "sub2", null)).code())
        .isEqualTo("0");
    assertThat(cash(new OkxHttp(emu, SUB2))).isEqualTo("40");
    Map<String, Object> toFunding = transfer("10", "0", null, null);
    toFunding.put("to", "6");
    assertThat(sub1.post("/api/v5/asset/transfer", toFunding).code()).isEqualTo("0");
    assertThat(sub1.get("/api/v5/asset/balances").item().path("bal").asString()).isEqualTo("10");
    assertThat(cash(sub1)).isEqualTo("50");
  }

  @Test
  void rejectsTransfersBeyondTheBalanceOrPermission() {
    assertThat(main.post("/api/v5/asset/transfer", transfer("5000.01", "1", "sub1", null)).code())
        .isEqualTo("58350");
    assertThat(sub1.post("/api/v5/asset/transfer", transfer("1", "1", "sub2", null)).code())
        .isEqualTo("50030");
    assertThat(main.post("/api/v5/asset/transfer", transfer("1", "1", "ghost", null)).code())
        .isEqualTo("51000");
    Map<String, Object> noAmt = transfer("1", "1", "sub1", null);
    noAmt.remove("amt");
    assertThat(main.post("/api/v5/asset/transfer", noAmt).code()).isEqualTo("50014");
    assertThat(main.get("/api/v5/asset/transfer-state").code()).isEqualTo("50014");
  }

  private static Map<String, Object> transfer(
      String amt, String type, String subAcct, String clientId) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("ccy", "USDT");
    body.put("amt", amt);
    body.put("from", "18");
    body.put("to", "18");
    body.put("type", type);
    if (subAcct != null) {
      body.put("subAcct", subAcct);
    }
    if (clientId != null) {
      body.put("clientId", clientId);
    }
    return body;
  }

  private static String cash(OkxHttp who) {
    return who.get("/api/v5/account/balance")
        .item()
        .path("details")
        .path(0)
        .path("cashBal")
        .asString();
  }
}
