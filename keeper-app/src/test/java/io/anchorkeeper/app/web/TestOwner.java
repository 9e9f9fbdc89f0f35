package io.anchorkeeper.app.web;

/**
 * The owner the dashboard tests log in as when security is on ({@code
 * keeper.security.owner.username/password}); without security no login page appears and these are
 * not used.
 */
final class TestOwner {

  static final String USERNAME = "owner";
  static final String PASSWORD = "dashboard-test-Passw0rd-7f3k";

  private TestOwner() {}
}
