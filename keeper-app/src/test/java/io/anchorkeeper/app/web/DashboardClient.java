package io.anchorkeeper.app.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A browser-like HTTP session against the running keeper: it keeps cookies, logs in as {@link
 * TestOwner} when a page answers with the login form or 401 (security on) and sends the CSRF token
 * with form posts when the page carries one; without security it just asks.
 */
final class DashboardClient {

  private static final Pattern META_TOKEN =
      Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]*)\"");
  private static final Pattern META_HEADER =
      Pattern.compile("<meta name=\"_csrf_header\" content=\"([^\"]*)\"");
  private static final Pattern FORM_TOKEN =
      Pattern.compile(
          "<input[^>]*name=\"_csrf\"[^>]*value=\"([^\"]*)\"|<input[^>]*value=\"([^\"]*)\"[^>]*name=\"_csrf\"");

  private final String base;
  private final HttpClient http;

  DashboardClient(int port) {
    this.base = "http://127.0.0.1:" + port;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  String base() {
    return base;
  }

  HttpClient http() {
    return http;
  }

  /** GET as a page load; logs in first when the keeper asks for it. */
  HttpResponse<String> get(String path) {
    return loggedIn(() -> request(path).GET().build());
  }

  /** GET as htmx asks for a fragment. */
  HttpResponse<String> fragment(String path) {
    return loggedIn(() -> request(path).header("HX-Request", "true").GET().build());
  }

  /** A form POST as htmx sends it, with the CSRF token when the keeper uses one. */
  HttpResponse<String> post(String path, Map<String, String> form) {
    Map<String, String> fields = new LinkedHashMap<>(form);
    Optional<String[]> csrf = csrf();
    csrf.ifPresent(token -> fields.put("_csrf", token[0]));
    return loggedIn(
        () -> {
          HttpRequest.Builder builder =
              request(path)
                  .header("HX-Request", "true")
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString(encode(fields)));
          csrf.ifPresent(token -> builder.header(token[1], token[0]));
          return builder.build();
        });
  }

  /** Makes sure the session is logged in (when the keeper has logins at all). */
  void login() {
    get("/");
  }

  /** A request as a browser sends it: it accepts HTML (so a login is asked for with the form). */
  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base + path))
        .timeout(Duration.ofSeconds(60))
        .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
  }

  private Optional<String[]> csrf() {
    String page = get("/").body();
    Matcher token = META_TOKEN.matcher(page);
    Matcher header = META_HEADER.matcher(page);
    if (token.find() && header.find()) {
      return Optional.of(new String[] {token.group(1), header.group(1)});
    }
    return Optional.empty();
  }

  private HttpResponse<String> loggedIn(Supplier<HttpRequest> request) {
    HttpResponse<String> answer = send(request.get());
    if (!isLoginPage(answer) && answer.statusCode() != 401) {
      return answer;
    }
    if (!isLoginPage(answer)) {
      answer = send(request("/login").GET().build());
    }
    Map<String, String> form = new LinkedHashMap<>();
    form.put("username", TestOwner.USERNAME);
    form.put("password", TestOwner.PASSWORD);
    Matcher token = FORM_TOKEN.matcher(answer.body());
    if (token.find()) {
      form.put("_csrf", token.group(1) != null ? token.group(1) : token.group(2));
    }
    HttpResponse<String> loggedIn =
        send(
            request("/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form)))
                .build());
    if (isLoginPage(loggedIn)) {
      throw new IllegalStateException("the test owner could not log in: " + loggedIn.statusCode());
    }
    return send(request.get());
  }

  private static boolean isLoginPage(HttpResponse<String> answer) {
    return answer.uri().getPath().equals("/login");
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String encode(Map<String, String> form) {
    return form.entrySet().stream()
        .flatMap(
            e ->
                Stream.of(
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)))
        .collect(Collectors.joining("&"));
  }
}
