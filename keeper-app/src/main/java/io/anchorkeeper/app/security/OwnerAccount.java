package io.anchorkeeper.app.security;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The owner's account: taken from configuration at start, or created once by the setup page. The
 * password is hashed here; its clear text is neither stored nor logged.
 */
public final class OwnerAccount {

  private static final Logger log = LoggerFactory.getLogger(OwnerAccount.class);

  private final UserRepository users;
  private final PasswordEncoder encoder;

  public OwnerAccount(UserRepository users, PasswordEncoder encoder) {
    this.users = Objects.requireNonNull(users, "users must not be null");
    this.encoder = Objects.requireNonNull(encoder, "encoder must not be null");
  }

  /** Whether an owner exists, so logins can succeed and setup is closed. */
  public boolean exists() {
    return users.owner().isPresent();
  }

  /**
   * Makes the configured owner the owner: creates the account, or renames it and changes its
   * password when the configuration says otherwise than the database. Nothing without one.
   *
   * @throws IllegalStateException when only half is configured or a rule is broken; the message
   *     names the setting and the rule, never the value
   */
  public void applyConfigured(KeeperSecurityProperties.Owner configured) {
    if (configured.username().isEmpty() && configured.password().isEmpty()) {
      return;
    }
    if (configured.username().isEmpty() || configured.password().isEmpty()) {
      throw new IllegalStateException(
          "keeper.security.owner.username and keeper.security.owner.password must be set together"
              + " (KEEPER_SECURITY_OWNER_USERNAME and KEEPER_SECURITY_OWNER_PASSWORD)");
    }
    String username = configured.username().get();
    String password = configured.password().get();
    List<String> problems = CredentialRules.problems(username, password);
    if (!problems.isEmpty()) {
      throw new IllegalStateException("keeper.security.owner: " + String.join("; ", problems));
    }
    Optional<UserRepository.StoredUser> existing = users.owner();
    if (existing.isEmpty()) {
      if (create(username, password)) {
        log.info("owner account '{}' created from the configuration", username);
        return;
      }
      existing = users.owner();
    }
    UserRepository.StoredUser owner = existing.orElseThrow();
    boolean same =
        owner.username().equals(username)
            && encoder.matches(password, owner.passwordHash())
            && !encoder.upgradeEncoding(owner.passwordHash());
    if (!same) {
      users.update(owner.id(), username, encoder.encode(password));
      log.info("owner account '{}' updated from the configuration", username);
    }
  }

  /**
   * Creates the owner unless one exists.
   *
   * @return false when an owner existed already (the database allows only one)
   */
  boolean create(String username, String password) {
    try {
      users.createOwner(username, encoder.encode(password));
      return true;
    } catch (DuplicateKeyException e) {
      return false;
    }
  }
}
