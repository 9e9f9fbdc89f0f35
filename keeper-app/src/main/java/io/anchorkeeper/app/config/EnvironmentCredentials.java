package io.anchorkeeper.app.config;

import io.anchorkeeper.okx.client.auth.OkxCredentials;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Reads an account's OKX keys from the environment: {@code <PREFIX>_API_KEY}, {@code
 * <PREFIX>_SECRET_KEY} and {@code <PREFIX>_PASSPHRASE}. Errors name the missing variables, never a
 * value.
 */
public final class EnvironmentCredentials {

  private static final Pattern PREFIX = Pattern.compile("[A-Z][A-Z0-9_]{0,60}");

  private final UnaryOperator<String> environment;

  public EnvironmentCredentials(UnaryOperator<String> environment) {
    this.environment = environment;
  }

  /** The process environment. */
  public static EnvironmentCredentials system() {
    return new EnvironmentCredentials(System::getenv);
  }

  public OkxCredentials read(String account, String prefix) {
    String p = prefix.strip().toUpperCase(Locale.ROOT);
    if (!PREFIX.matcher(p).matches()) {
      throw new IllegalArgumentException(
          "keeper.accounts["
              + account
              + "].credentials must be an environment variable prefix"
              + " like OKX_MAIN, was '"
              + prefix
              + "'");
    }
    List<String> missing = new ArrayList<>();
    String key = value(p + "_API_KEY", missing);
    String secret = value(p + "_SECRET_KEY", missing);
    String passphrase = value(p + "_PASSPHRASE", missing);
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(
          "account "
              + account
              + " needs its OKX keys in the environment: "
              + String.join(", ", missing)
              + " not set");
    }
    return OkxCredentials.of(key, secret, passphrase);
  }

  private String value(String name, List<String> missing) {
    String value = environment.apply(name);
    if (value == null || value.isBlank()) {
      missing.add(name);
      return "";
    }
    return value.strip();
  }
}
