package io.anchorkeeper.app.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * What follows a login form post: a failure is counted by the {@link LoginThrottle} and answered
 * {@code /login?error} (or {@code ?locked} once it locks), the same for an unknown username as for
 * a wrong password; a success clears the username's failures and goes on to the page first asked
 * for, else {@code /}. The log names the address, never what was typed.
 */
final class LoginOutcomes implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

  private static final Logger log = LoggerFactory.getLogger(LoginOutcomes.class);

  private final LoginThrottle throttle;
  private final SavedRequestAwareAuthenticationSuccessHandler success =
      new SavedRequestAwareAuthenticationSuccessHandler();
  private final RedirectStrategy redirect = new DefaultRedirectStrategy();

  LoginOutcomes(LoginThrottle throttle) {
    this.throttle = throttle;
    success.setDefaultTargetUrl("/");
  }

  @Override
  public void onAuthenticationFailure(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
      throws IOException {
    boolean locked = throttle.failed(request.getParameter("username"), request.getRemoteAddr());
    log.warn(
        "failed login from {}{}",
        request.getRemoteAddr(),
        locked ? "; the username or the address is locked for a while" : "");
    redirect.sendRedirect(request, response, locked ? "/login?locked" : "/login?error");
  }

  @Override
  public void onAuthenticationSuccess(
      HttpServletRequest request, HttpServletResponse response, Authentication authentication)
      throws IOException, ServletException {
    throttle.succeeded(authentication.getName());
    log.info("{} logged in from {}", authentication.getName(), request.getRemoteAddr());
    success.onAuthenticationSuccess(request, response, authentication);
  }
}
