package io.anchorkeeper.okx.emulator.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The worked vectors of okx-v5-facts.md section 1.3. */
class HmacSignerTest {

  private static final String SECRET = "22582BD0CFF14C41EDBF1AB98506286D";

  @Test
  void signsRestGetWithQueryString() {
    String prehash =
        HmacSigner.restPrehash(
            "2020-12-08T09:08:57.715Z", "GET", "/api/v5/account/balance?ccy=BTC", "");
    assertThat(prehash).isEqualTo("2020-12-08T09:08:57.715ZGET/api/v5/account/balance?ccy=BTC");
    assertThat(HmacSigner.sign(SECRET, prehash))
        .isEqualTo("HiZhvSfMtWJA3uUIVXV3a/bSXNPCWvYFXoGCVS8V4zY=");
  }

  @Test
  void signsRestPostWithRawBody() {
    String prehash =
        HmacSigner.restPrehash(
            "2020-12-08T09:08:57.715Z",
            "POST",
            "/api/v5/account/set-leverage",
            "{\"instId\":\"BTC-USDT\",\"lever\":\"5\",\"mgnMode\":\"isolated\"}");
    assertThat(HmacSigner.sign(SECRET, prehash))
        .isEqualTo("eCnnCgWLjlQ9XnpUkrcny3qNq3WW/81KNrDr/XR6Xv8=");
  }

  @Test
  void signsWebSocketLogin() {
    assertThat(HmacSigner.wsLoginPrehash("1538054050"))
        .isEqualTo("1538054050GET/users/self/verify");
    assertThat(HmacSigner.sign(SECRET, HmacSigner.wsLoginPrehash("1538054050")))
        .isEqualTo("+LdIr8lkkvhr5hoA3g9TMC0+uQJ849ftAcocA/ouu4M=");
  }

  @Test
  void comparesSignaturesExactly() {
    assertThat(HmacSigner.matches("abc=", "abc=")).isTrue();
    assertThat(HmacSigner.matches("abc=", "abd=")).isFalse();
  }
}
