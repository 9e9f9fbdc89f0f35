package io.anchorkeeper.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <token>} against {@link ApiTokens}. A request with a
 * bearer header is judged by it alone: an unknown or revoked token is answered 401 at once, even if
 * the request also carries a logged-in session's cookie. The authentication lives for this request
 * only; no session is made.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

  private static final String SCHEME = "bearer ";

  private final ApiTokens tokens;
  private final AuthenticationEntryPoint refusal;
  private final SecurityContextHolderStrategy contexts =
      SecurityContextHolder.getContextHolderStrategy();

  BearerTokenFilter(ApiTokens tokens, AuthenticationEntryPoint refusal) {
    this.tokens = tokens;
    this.refusal = refusal;
  }

  /** Whether the request carries a bearer token (the CSRF check skips those: no cookie acts). */
  static boolean hasBearer(HttpServletRequest request) {
    return presented(request).isPresent();
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<String> presented = presented(request);
    if (presented.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    Optional<ApiToken> token = tokens.authenticate(presented.get());
    if (token.isEmpty()) {
      contexts.clearContext();
      refusal.commence(request, response, new BadCredentialsException("unknown bearer token"));
      return;
    }
    SecurityContext context = contexts.createEmptyContext();
    context.setAuthentication(new ApiTokenAuthentication(token.get()));
    contexts.setContext(context);
    chain.doFilter(request, response);
  }

  private static Optional<String> presented(HttpServletRequest request) {
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (header == null || !header.toLowerCase(Locale.ROOT).startsWith(SCHEME)) {
      return Optional.empty();
    }
    return Optional.of(header.substring(SCHEME.length()).strip());
  }
}
