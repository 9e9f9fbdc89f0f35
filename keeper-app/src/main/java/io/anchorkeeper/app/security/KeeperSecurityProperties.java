package io.anchorkeeper.app.security;

import java.time.Duration;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of {@code keeper.security}. The owner's password is checked by {@link CredentialRules}
 * when the keeper starts, not here, so that a refused value can never be echoed by a binding error.
 *
 * @param owner the owner account from configuration or the environment; without one, the first run
 *     offers the setup page ({@link FirstRunSetup})
 * @param login how failed logins are throttled
 */
@ConfigurationProperties("keeper.security")
public record KeeperSecurityProperties(@DefaultValue Owner owner, @DefaultValue Login login) {

  /**
   * {@code keeper.security.owner.username} and {@code .password}, usually from {@code
   * KEEPER_SECURITY_OWNER_USERNAME} and {@code KEEPER_SECURITY_OWNER_PASSWORD}. Blank counts as
   * unset. {@code toString} never shows the password.
   */
  public record Owner(Optional<String> username, Optional<String> password) {

    public Owner {
      username = username == null ? Optional.empty() : username.filter(u -> !u.isBlank());
      password = password == null ? Optional.empty() : password.filter(p -> !p.isBlank());
    }

    @Override
    public String toString() {
      return "Owner[username="
          + username.orElse("(unset)")
          + ", password="
          + (password.isPresent() ? "***" : "(unset)")
          + "]";
    }
  }

  /**
   * @param maxFailuresPerUsername failed logins for one username within {@code window} that lock it
   * @param maxFailuresPerAddress failed logins from one remote address within {@code window} that
   *     lock it (higher: one person may mistype several usernames)
   * @param window how far back failures count
   * @param lockout how long a locked username or address is refused, even with the right password
   */
  public record Login(
      @DefaultValue("5") int maxFailuresPerUsername,
      @DefaultValue("20") int maxFailuresPerAddress,
      @DefaultValue("5m") Duration window,
      @DefaultValue("15m") Duration lockout) {

    public Login {
      if (maxFailuresPerUsername < 1 || maxFailuresPerAddress < 1) {
        throw new IllegalArgumentException(
            "keeper.security.login.max-failures-per-username and -per-address must be at least 1");
      }
      if (window == null || window.isNegative() || window.isZero()) {
        throw new IllegalArgumentException("keeper.security.login.window must be positive");
      }
      if (lockout == null || lockout.isNegative() || lockout.isZero()) {
        throw new IllegalArgumentException("keeper.security.login.lockout must be positive");
      }
    }
  }
}
