package io.anchorkeeper.okx.client.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OkxCredentialsTest {
  private final OkxCredentials credentials =
      OkxCredentials.of("abcd1234-5678-90ef-wxyz", "TOP-SECRET-VALUE", "MY-PASSPHRASE");

  @Test
  void toStringShowsOnlyAMaskedKey() {
    String text = credentials.toString();

    assertThat(text)
        .contains("abcd****wxyz")
        .doesNotContain("TOP-SECRET-VALUE")
        .doesNotContain("MY-PASSPHRASE")
        .doesNotContain("abcd1234-5678-90ef-wxyz");
  }

  @Test
  void shortKeysAreMaskedEntirely() {
    assertThat(OkxCredentials.of("short", "s", "p").maskedKey()).isEqualTo("****");
  }

  @Test
  void budgetKeyIsStableAndRevealsNothing() {
    String budgetKey = credentials.budgetKey();

    assertThat(budgetKey).hasSize(16).isEqualTo(credentials.budgetKey());
    assertThat(budgetKey).doesNotContain("abcd");
    assertThat(OkxCredentials.of("another-key-000000", "s", "p").budgetKey())
        .isNotEqualTo(budgetKey);
  }

  @Test
  void blankPartsAreRefusedWithoutEchoingThem() {
    assertThatThrownBy(() -> OkxCredentials.of("key", " ", "p"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("secretKey must not be blank");
  }
}
