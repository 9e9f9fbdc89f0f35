package io.anchorkeeper.app.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A client of the keeper over real HTTP that keeps cookies like a browser and never follows a
 * redirect, so tests see every 302. It reads the CSRF token the way the dashboard's scripts do:
 * from the {@code <meta name="_csrf">} of a page.
 */
public final class Browser {

  private static final Pattern META_CSRF =
      Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
  private static final Pattern FORM_CSRF =
      Pattern.compile("<input type=\"hidden\" name=\"_csrf\" value=\"([^\"]+)\"");

  private final String base;
  private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
  private final HttpClient http;

  public Browser(int port) {
    this.base = "http://127.0.0.1:" + port;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  public HttpResponse<String> get(String path, String... headers) {
    return send("GET", path, null, headers);
  }

  /**
   * Sends {@code body} (when not null) as JSON.
   *
   * @param headers name, value, name, value...
   */
  public HttpResponse<String> send(String method, String path, String body, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    if (headers.length > 0) {
      request.headers(headers);
    }
    return exchange(request.build());
  }

  /** Posts a form, as a browser submits one. */
  public HttpResponse<String> postForm(String path, Map<String, String> fields) {
    String form =
        fields.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    return exchange(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "text/html")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build());
  }

  /** This session's CSRF token, from the login page's meta tag. */
  public String csrf() {
    return find(META_CSRF, get("/login").body());
  }

  /** The hidden {@code _csrf} field of a form page. */
  public static String formCsrf(String page) {
    return find(FORM_CSRF, page);
  }

  /** Fills in and posts the login form, as the owner would. */
  public HttpResponse<String> logIn(String username, String password) {
    String csrf = formCsrf(get("/login").body());
    Map<String, String> form = new LinkedHashMap<>();
    form.put("_csrf", csrf);
    form.put("username", username);
    form.put("password", password);
    return postForm("/login", form);
  }

  /** Whether the session cookie is held. */
  public boolean hasSession() {
    return cookies.getCookieStore().getCookies().stream()
        .anyMatch(c -> c.getName().equals("JSESSIONID"));
  }

  private HttpResponse<String> exchange(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(request.method() + " " + request.uri() + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String find(Pattern pattern, String page) {
    Matcher matcher = pattern.matcher(page);
    if (!matcher.find()) {
      throw new IllegalStateException("no CSRF token in the page: " + page);
    }
    return matcher.group(1);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
