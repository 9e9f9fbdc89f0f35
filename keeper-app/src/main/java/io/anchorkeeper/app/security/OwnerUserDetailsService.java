package io.anchorkeeper.app.security;

import java.util.Objects;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * The form login's users, from the {@code users} table, with role {@code OWNER}. An unknown name
 * fails like a wrong password (Spring Security hides which, and hashes a dummy password so the
 * answer takes as long).
 */
final class OwnerUserDetailsService implements UserDetailsService {

  static final String ROLE = "OWNER";

  private final UserRepository users;

  OwnerUserDetailsService(UserRepository users) {
    this.users = Objects.requireNonNull(users, "users must not be null");
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    return users
        .findByUsername(username)
        .map(u -> User.withUsername(u.username()).password(u.passwordHash()).roles(ROLE).build())
        .orElseThrow(() -> new UsernameNotFoundException("no such user"));
  }
}
