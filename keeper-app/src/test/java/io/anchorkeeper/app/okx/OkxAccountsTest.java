package io.anchorkeeper.app.okx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anchorkeeper.core.slot.AccountName;
import io.anchorkeeper.okx.client.auth.OkxCredentials;
import java.util.List;
import org.junit.jupiter.api.Test;

class OkxAccountsTest {

  private static final OkxCredentials KEY_A =
      OkxCredentials.of("aaaa-1111-2222-3333-zzzz", "TOP-SECRET-A", "pass-phrase-a");
  private static final OkxCredentials KEY_B =
      OkxCredentials.of("bbbb-1111-2222-3333-yyyy", "TOP-SECRET-B", "pass-phrase-b");

  @Test
  void findsAccountsByNameAndSaysWhichOneIsMissing() {
    OkxAccounts accounts =
        OkxAccounts.of(List.of(OkxAccount.main("main", KEY_A), OkxAccount.sub("Wu666666", KEY_B)));

    assertThat(accounts.get(AccountName.of("Wu666666")).credentials()).isEqualTo(KEY_B);
    assertThatThrownBy(() -> accounts.get(AccountName.of("nobody")))
        .hasMessage("no OKX API key is configured for account nobody");
  }

  @Test
  void refusesTwoAccountsWithOneNameOrOneKey() {
    OkxAccounts accounts = OkxAccounts.of(List.of(OkxAccount.main("main", KEY_A)));

    assertThatThrownBy(() -> accounts.add(OkxAccount.sub("main", KEY_B)))
        .hasMessageContaining("already configured");
    assertThatThrownBy(() -> accounts.add(OkxAccount.sub("other", KEY_A)))
        .hasMessageContaining("same API key")
        .hasMessageNotContaining(KEY_A.apiKey());
  }

  @Test
  void showsNoSecretWhenPrinted() {
    OkxAccount account = OkxAccount.sub("s1", KEY_A);

    assertThat(account.toString() + OkxAccounts.of(List.of(account)))
        .contains("aaaa****zzzz")
        .doesNotContain(KEY_A.apiKey(), "TOP-SECRET-A", "pass-phrase-a");
  }
}
