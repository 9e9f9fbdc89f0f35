package io.anchorkeeper.app.security;

import io.anchorkeeper.app.paper.PaperKeeperTest;

/** API tokens for tests that call the HTTP API, made through the token service as the owner. */
public final class BearerTokens {

  private BearerTokens() {}

  /** A new token's {@code Authorization} header value: {@code Bearer akt_...}. */
  public static String authorization(ApiTokens tokens, String name) {
    return "Bearer " + tokens.create(name, PaperKeeperTest.OWNER).secret();
  }
}
