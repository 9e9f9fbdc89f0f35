package io.anchorkeeper.app.security;

import java.util.List;
import java.util.Objects;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A request authenticated by an API token: role {@code API}, named {@code token:<name>} so audits
 * say which token acted. It keeps no credentials: the token itself is not held after the check.
 */
final class ApiTokenAuthentication extends AbstractAuthenticationToken {

  static final String ROLE = "API";

  private final ApiToken token;

  ApiTokenAuthentication(ApiToken token) {
    super(List.of(new SimpleGrantedAuthority("ROLE_" + ROLE)));
    this.token = Objects.requireNonNull(token, "token must not be null");
    setAuthenticated(true);
  }

  @Override
  public Object getCredentials() {
    return "";
  }

  @Override
  public Object getPrincipal() {
    return token;
  }

  @Override
  public String getName() {
    return "token:" + token.name();
  }
}
