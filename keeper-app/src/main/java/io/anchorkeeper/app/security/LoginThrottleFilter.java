package io.anchorkeeper.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns away a login form post for a locked username or address before its password is checked, so
 * a lock holds even against the right password and costs no password hashing.
 */
final class LoginThrottleFilter extends OncePerRequestFilter {

  private static final RequestMatcher LOGIN_POST =
      PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login");

  private final LoginThrottle throttle;

  LoginThrottleFilter(LoginThrottle throttle) {
    this.throttle = throttle;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (LOGIN_POST.matches(request)
        && throttle.locked(request.getParameter("username"), request.getRemoteAddr())) {
      response.sendRedirect(request.getContextPath() + "/login?locked");
      return;
    }
    chain.doFilter(request, response);
  }
}
