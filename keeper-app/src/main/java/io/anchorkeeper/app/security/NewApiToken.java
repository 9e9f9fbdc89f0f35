package io.anchorkeeper.app.security;

import java.util.Objects;

/**
 * A token just made: its record and its secret, which is shown to the owner this once and kept
 * nowhere. {@code toString} leaves the secret out.
 */
public record NewApiToken(ApiToken token, String secret) {

  public NewApiToken {
    Objects.requireNonNull(token, "token must not be null");
    Objects.requireNonNull(secret, "secret must not be null");
  }

  @Override
  public String toString() {
    return "NewApiToken[" + token + ", secret=***]";
  }
}
