package io.anchorkeeper.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import tools.jackson.databind.json.JsonMapper;

/**
 * How the API, the actuator and the OpenAPI description refuse a caller: an RFC 9457 problem, never
 * a redirect to the login page. 401 with {@code WWW-Authenticate: Bearer} for anonymous callers and
 * unknown or revoked tokens (also when an anonymous call lacks a CSRF token: it was never going to
 * be let in); 403 for a logged-in caller without a CSRF token or without the right role.
 */
final class ApiProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
      throws IOException {
    boolean badToken = exception instanceof BadCredentialsException;
    response.setHeader(
        HttpHeaders.WWW_AUTHENTICATE,
        badToken ? "Bearer error=\"invalid_token\"" : "Bearer realm=\"anchor-keeper\"");
    write(
        request,
        response,
        HttpStatus.UNAUTHORIZED,
        badToken
            ? "the bearer token is unknown or revoked"
            : "authentication required: send 'Authorization: Bearer <token>' (the owner makes"
                + " tokens at /api/tokens) or log in");
  }

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
      throws IOException {
    Authentication caller = SecurityContextHolder.getContext().getAuthentication();
    if (caller == null || TRUST.isAnonymous(caller) || !caller.isAuthenticated()) {
      commence(request, response, new AuthenticationRequired());
      return;
    }
    write(
        request,
        response,
        HttpStatus.FORBIDDEN,
        exception instanceof CsrfException
            ? "the CSRF token is missing or invalid: send the X-CSRF-TOKEN header with the value"
                + " of the page's _csrf meta tag, or call with a bearer token"
            : "this needs the owner's login (API tokens cannot manage tokens)");
  }

  private static void write(
      HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
      throws IOException {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put("title", status.getReasonPhrase());
    problem.put("status", status.value());
    problem.put("detail", detail);
    problem.put("instance", request.getRequestURI());
    response.setStatus(status.value());
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    JSON.writeValue(response.getOutputStream(), problem);
  }

  /** An anonymous call refused before authorization (by the CSRF check). */
  private static final class AuthenticationRequired extends AuthenticationException {
    AuthenticationRequired() {
      super("authentication required");
    }
  }
}
