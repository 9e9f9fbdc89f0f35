package io.anchorkeeper.app.security;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The owner's API tokens: make one (its secret is in this answer only), list them (never a secret),
 * revoke one. Only the owner's login may call these, never a token ({@link SecurityConfiguration}),
 * so a leaked token cannot make itself a successor.
 */
@RestController
@RequestMapping("/api/tokens")
class ApiTokenController {

  /** The body of {@code POST /api/tokens}. */
  record TokenRequest(@JsonProperty("name") String name) {}

  private final ApiTokens tokens;

  ApiTokenController(ApiTokens tokens) {
    this.tokens = tokens;
  }

  @PostMapping
  ResponseEntity<Map<String, Object>> create(@RequestBody TokenRequest body, Principal principal) {
    NewApiToken created = tokens.create(body.name(), principal.getName());
    Map<String, Object> answer = row(created.token());
    answer.put("token", created.secret());
    return ResponseEntity.status(HttpStatus.CREATED).body(answer);
  }

  @GetMapping
  Map<String, Object> list() {
    List<Map<String, Object>> rows = tokens.list().stream().map(ApiTokenController::row).toList();
    return Map.of("tokens", rows, "count", rows.size());
  }

  @DeleteMapping("/{id}")
  ResponseEntity<?> revoke(@PathVariable long id, Principal principal) {
    if (tokens.revoke(id, principal.getName())) {
      return ResponseEntity.noContent().build();
    }
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "no active API token " + id);
    problem.setTitle("Unknown token");
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
  }

  private static Map<String, Object> row(ApiToken token) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", token.id());
    row.put("name", token.name());
    row.put("created_by", token.createdBy());
    row.put("created_at", token.createdAt());
    row.put("last_used_at", token.lastUsedAt().orElse(null));
    row.put("revoked_at", token.revokedAt().orElse(null));
    return row;
  }
}
