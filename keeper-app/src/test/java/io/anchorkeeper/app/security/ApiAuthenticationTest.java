package io.anchorkeeper.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.anchorkeeper.app.paper.PaperKeeperTest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every route of the HTTP API, enumerated from Spring MVC's mapping, refuses anonymous callers and
 * wrong tokens with a 401 problem (never a redirect), lets a valid token through, and stops letting
 * a revoked one. Tokens and the owner's password are stored hashed only.
 */
@PaperKeeperTest
class ApiAuthenticationTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mapping;

  @Autowired ApiTokens tokens;
  @Autowired DataSource dataSource;
  @Autowired PasswordEncoder passwords;
  @LocalServerPort int port;

  private List<ApiRoute> routes() {
    List<ApiRoute> routes = ApiRoute.all(mapping);
    assertThat(routes)
        .as("the mapping is read: a few routes every version has")
        .contains(
            new ApiRoute("POST", "/api/anchor/super-maintain"),
            new ApiRoute("GET", "/api/anchor-system/summary"),
            new ApiRoute("PUT", "/api/settings"),
            new ApiRoute("DELETE", "/api/tokens/{id}"));
    return routes;
  }

  private HttpResponse<String> call(ApiRoute route, String... headers) {
    return new Browser(port)
        .send(route.method(), route.path(), route.mutates() ? "{}" : null, headers);
  }

  @Test
  void everyApiRouteRefusesAnAnonymousCallWithA401Problem() {
    SoftAssertions softly = new SoftAssertions();
    for (ApiRoute route : routes()) {
      HttpResponse<String> answer = call(route);
      softly.assertThat(answer.statusCode()).as(route.toString()).isEqualTo(401);
      softly.assertThat(answer.headers().firstValue("Location")).as(route.toString()).isEmpty();
      softly
          .assertThat(answer.headers().firstValue("WWW-Authenticate"))
          .as(route.toString())
          .contains("Bearer realm=\"anchor-keeper\"");
      softly
          .assertThat(answer.headers().firstValue("Content-Type"))
          .as(route.toString())
          .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
      softly.assertThat(problem(answer).path("status").asInt()).as(route.toString()).isEqualTo(401);
    }
    softly.assertThat(new Browser(port).get("/api/no-such-route").statusCode()).isEqualTo(401);
    softly.assertAll();
  }

  @Test
  void everyApiRouteRefusesAWrongTokenWithA401Problem() {
    byte[] raw = new byte[32];
    new SecureRandom().nextBytes(raw);
    String unknown = "akt_" + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    SoftAssertions softly = new SoftAssertions();
    for (ApiRoute route : routes()) {
      for (String token : List.of(unknown, "not-a-token", "x")) {
        HttpResponse<String> answer = call(route, "Authorization", "Bearer " + token);
        softly.assertThat(answer.statusCode()).as(route + " with '" + token + "'").isEqualTo(401);
        softly.assertThat(answer.headers().firstValue("Location")).as(route.toString()).isEmpty();
      }
      softly
          .assertThat(
              call(route, "Authorization", "Bearer " + unknown)
                  .headers()
                  .firstValue("WWW-Authenticate"))
          .as(route.toString())
          .contains("Bearer error=\"invalid_token\"");
    }
    softly.assertAll();
  }

  /**
   * A valid token gets past authentication on every route. Mutations are sent a body that is not
   * JSON, so they are answered 400 by the controller and change nothing; token management is for
   * the owner's login only (403).
   */
  @Test
  void aValidTokenIsLetThroughEverywhereButTokenManagement() {
    String bearer = BearerTokens.authorization(tokens, "every-route");
    Browser client = new Browser(port);
    SoftAssertions softly = new SoftAssertions();
    for (ApiRoute route : routes()) {
      HttpResponse<String> answer =
          client.send(
              route.method(),
              route.path(),
              route.mutates() ? "not json" : null,
              "Authorization",
              bearer);
      if (route.ownerOnly()) {
        softly.assertThat(answer.statusCode()).as(route.toString()).isEqualTo(403);
      } else if (route.mutates()) {
        softly.assertThat(answer.statusCode()).as(route + ": " + answer.body()).isEqualTo(400);
      } else {
        softly.assertThat(answer.statusCode()).as(route + ": " + answer.body()).isNotIn(401, 403);
      }
    }
    softly
        .assertThat(client.get("/api/anchor-system/summary", "Authorization", bearer).statusCode())
        .isEqualTo(200);
    softly.assertAll();
  }

  @Test
  void theOwnerMakesATokenThatWorksUntilTheOwnerRevokesIt() throws Exception {
    Browser owner = new Browser(port);
    assertThat(owner.logIn(PaperKeeperTest.OWNER, PaperKeeperTest.OWNER_PASSWORD).statusCode())
        .isEqualTo(302);
    String csrf = owner.csrf();

    HttpResponse<String> made =
        owner.send("POST", "/api/tokens", "{\"name\":\"revoke me\"}", "X-CSRF-TOKEN", csrf);
    assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
    JsonNode created = JSON.readTree(made.body());
    String secret = created.path("token").asString();
    long id = created.path("id").asLong();
    String bearer = "Bearer " + secret;
    Browser machine = new Browser(port);
    assertThat(machine.get("/api/alerts", "Authorization", bearer).statusCode()).isEqualTo(200);

    HttpResponse<String> listed = owner.get("/api/tokens");
    assertThat(listed.body()).contains("\"name\":\"revoke me\"").doesNotContain(secret);
    assertThat(JSON.readTree(listed.body()).path("tokens").get(0).path("last_used_at").isNull())
        .isFalse();

    HttpResponse<String> revoked =
        owner.send("DELETE", "/api/tokens/" + id, null, "X-CSRF-TOKEN", csrf);
    assertThat(revoked.statusCode()).isEqualTo(204);
    HttpResponse<String> after = machine.get("/api/alerts", "Authorization", bearer);
    assertThat(after.statusCode()).isEqualTo(401);
    assertThat(after.headers().firstValue("WWW-Authenticate"))
        .contains("Bearer error=\"invalid_token\"");
    assertThat(owner.send("DELETE", "/api/tokens/" + id, null, "X-CSRF-TOKEN", csrf).statusCode())
        .isEqualTo(404);
  }

  @Test
  void tokensAndTheOwnersPasswordAreStoredHashedOnly() {
    String secret = tokens.create("hashed", PaperKeeperTest.OWNER).secret();

    List<Map<String, Object>> tokenRows =
        JdbcClient.create(dataSource).sql("select * from api_tokens").query().listOfRows();
    assertThat(tokenRows).isNotEmpty();
    assertThat(tokenRows)
        .allSatisfy(row -> assertThat(row.values().toString()).doesNotContain(secret));
    assertThat(tokenRows)
        .extracting(row -> row.get("TOKEN_HASH"))
        .contains(TokenHash.of(secret))
        .allSatisfy(hash -> assertThat((String) hash).matches("[0-9a-f]{64}"));

    List<Map<String, Object>> users =
        JdbcClient.create(dataSource).sql("select * from users").query().listOfRows();
    assertThat(users).hasSize(1);
    String hash = (String) users.get(0).get("PASSWORD_HASH");
    assertThat(users.get(0).get("USERNAME")).isEqualTo(PaperKeeperTest.OWNER);
    assertThat(hash).startsWith("{bcrypt}$2").doesNotContain(PaperKeeperTest.OWNER_PASSWORD);
    assertThat(users.get(0).values().toString()).doesNotContain(PaperKeeperTest.OWNER_PASSWORD);
    assertThat(passwords.matches(PaperKeeperTest.OWNER_PASSWORD, hash)).isTrue();
  }

  private static JsonNode problem(HttpResponse<String> answer) {
    return JSON.readTree(answer.body());
  }
}
