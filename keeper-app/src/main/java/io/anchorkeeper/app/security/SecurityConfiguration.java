package io.anchorkeeper.app.security;

import jakarta.servlet.DispatcherType;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may do what. Two filter chains:
 *
 * <ul>
 *   <li><b>Machine</b> ({@code /api/**}, the actuator, {@code /v3/api-docs}): a bearer token or the
 *       owner's session; refusals are problem JSON (401/403), never a redirect. CSRF applies to the
 *       session's mutations, not to bearer calls (no cookie is involved). {@code /actuator/health}
 *       is open, but shows details only to an authenticated caller. Tokens are managed only by the
 *       owner's session.
 *   <li><b>Browser</b> (everything else: the dashboard, Swagger UI): form login at {@code /login},
 *       logout by POST {@code /logout}, CSRF on every form post; static files, {@code /login} and
 *       {@code /setup} are open.
 * </ul>
 *
 * Both send the same headers: a strict Content-Security-Policy (no inline script or style), no
 * framing, no sniffing, same-origin referrers, and no caching.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self';"
          + " form-action 'self'; frame-ancestors 'none'";

  private static final String OWNER = OwnerUserDetailsService.ROLE;

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  @DependsOnDatabaseInitialization
  UserRepository userRepository(DataSource dataSource, Clock clock) {
    return new UserRepository(JdbcClient.create(dataSource), clock);
  }

  @Bean
  @DependsOnDatabaseInitialization
  ApiTokenRepository apiTokenRepository(DataSource dataSource) {
    return new ApiTokenRepository(JdbcClient.create(dataSource));
  }

  @Bean
  ApiTokens apiTokens(ApiTokenRepository repository, Clock clock) {
    return new ApiTokens(repository, clock);
  }

  @Bean
  OwnerAccount ownerAccount(UserRepository users, PasswordEncoder encoder) {
    return new OwnerAccount(users, encoder);
  }

  @Bean
  FirstRunSetup firstRunSetup(
      OwnerAccount owner, KeeperSecurityProperties properties, Environment environment) {
    return new FirstRunSetup(owner, properties.owner(), environment);
  }

  @Bean
  UserDetailsService userDetailsService(UserRepository users) {
    return new OwnerUserDetailsService(users);
  }

  @Bean
  LoginThrottle loginThrottle(KeeperSecurityProperties properties, Clock clock) {
    return new LoginThrottle(properties.login(), clock);
  }

  @Bean
  @Order(1)
  SecurityFilterChain machineSecurity(HttpSecurity http, ApiTokens tokens) throws Exception {
    ApiProblems problems = new ApiProblems();
    http.securityMatcher(
            new OrRequestMatcher(
                path("/api/**"),
                path("/v3/api-docs/**"),
                path("/v3/api-docs.yaml"),
                EndpointRequest.toAnyEndpoint()))
        .authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers(EndpointRequest.to("health"))
                    .permitAll()
                    .requestMatchers(path("/api/tokens"), path("/api/tokens/**"))
                    .hasRole(OWNER)
                    .anyRequest()
                    .hasAnyRole(OWNER, ApiTokenAuthentication.ROLE))
        .addFilterBefore(new BearerTokenFilter(tokens, problems), CsrfFilter.class)
        .csrf(csrf -> csrf.ignoringRequestMatchers(BearerTokenFilter::hasBearer))
        .exceptionHandling(
            exceptions ->
                exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
        .requestCache(cache -> cache.disable())
        .headers(SecurityConfiguration::secureHeaders);
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain browserSecurity(HttpSecurity http, LoginThrottle throttle) throws Exception {
    LoginOutcomes outcomes = new LoginOutcomes(throttle);
    http.authorizeHttpRequests(
            requests ->
                requests
                    // An SSE stream's or an error page's own dispatch: the request itself was
                    // already let in (or is only being told it was not).
                    .dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR)
                    .permitAll()
                    .requestMatchers(
                        path("/login"),
                        path("/setup"),
                        path("/error"),
                        path("/favicon.ico"),
                        path("/webjars/**"),
                        path("/css/**"),
                        path("/js/**"))
                    .permitAll()
                    .anyRequest()
                    .hasRole(OWNER))
        .formLogin(
            login -> login.loginPage("/login").successHandler(outcomes).failureHandler(outcomes))
        .logout(
            logout ->
                logout
                    .logoutUrl("/logout")
                    .logoutSuccessUrl("/login?logout")
                    .deleteCookies("JSESSIONID"))
        .addFilterBefore(
            new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
        .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(browserEntry()))
        .headers(SecurityConfiguration::secureHeaders);
    return http.build();
  }

  private static RequestMatcher path(String pattern) {
    return PathPatternRequestMatcher.withDefaults().matcher(pattern);
  }

  private static void secureHeaders(HeadersConfigurer<HttpSecurity> headers) {
    headers
        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
        .frameOptions(frames -> frames.deny())
        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
        .permissionsPolicyHeader(
            permissions ->
                permissions.policy("camera=(), microphone=(), geolocation=(), payment=()"));
  }

  /**
   * A page without a login is sent to {@code /login}. An event stream or an htmx request cannot
   * follow that redirect: it gets 401 (and htmx the header that makes it load {@code /login} as a
   * whole page).
   */
  private static AuthenticationEntryPoint browserEntry() {
    AuthenticationEntryPoint login = new LoginUrlAuthenticationEntryPoint("/login");
    return (request, response, exception) -> {
      boolean htmx = "true".equals(request.getHeader("HX-Request"));
      String accept = request.getHeader("Accept");
      if (htmx || (accept != null && accept.contains("text/event-stream"))) {
        if (htmx) {
          response.setHeader("HX-Redirect", request.getContextPath() + "/login");
        }
        response.setStatus(HttpStatus.UNAUTHORIZED.value());
      } else {
        login.commence(request, response, exception);
      }
    };
  }
}
