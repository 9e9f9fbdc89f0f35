package io.anchorkeeper.app.security;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What an owner's username and password must look like, for the configured owner and the setup page
 * alike. Problems name the rule, never the value: a refused password must not reach a page or a
 * log.
 */
final class CredentialRules {

  /** Letters, digits and {@code . _ @ -}; at most 40, so "api:" + it fits an audit column. */
  private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,40}");

  static final int MIN_PASSWORD_CHARS = 12;

  /** bcrypt reads no further than 72 bytes; a longer password would be silently cut. */
  static final int MAX_PASSWORD_BYTES = 72;

  private CredentialRules() {}

  static List<String> usernameProblems(String username) {
    if (username == null || !USERNAME.matcher(username).matches()) {
      return List.of("the username must be 1 to 40 letters, digits or . _ @ -");
    }
    return List.of();
  }

  static List<String> passwordProblems(String password) {
    List<String> problems = new ArrayList<>();
    if (password == null || password.codePointCount(0, password.length()) < MIN_PASSWORD_CHARS) {
      problems.add("the password must have at least " + MIN_PASSWORD_CHARS + " characters");
    } else if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
      problems.add("the password must fit in " + MAX_PASSWORD_BYTES + " bytes (UTF-8)");
    } else if (password.isBlank() || !password.strip().equals(password)) {
      problems.add("the password must not start or end with spaces");
    }
    return problems;
  }

  /** Both checks; empty when the pair is acceptable. */
  static List<String> problems(String username, String password) {
    List<String> problems = new ArrayList<>(usernameProblems(username));
    problems.addAll(passwordProblems(password));
    return problems;
  }
}
