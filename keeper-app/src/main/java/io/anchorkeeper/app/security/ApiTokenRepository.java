package io.anchorkeeper.app.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/** The {@code api_tokens} table: tokens by the hash of their secret, never the secret. */
public final class ApiTokenRepository {

  /** An active token found by its hash, with the stored hash for a constant-time check. */
  record Match(ApiToken token, String hash) {}

  private static final String COLUMNS =
      "select id, name, token_hash, created_by, created_at, last_used_at, revoked_at"
          + " from api_tokens";

  private final JdbcClient jdbc;

  public ApiTokenRepository(JdbcClient jdbc) {
    this.jdbc = Objects.requireNonNull(jdbc, "jdbc must not be null");
  }

  ApiToken insert(String name, String hash, String createdBy, Instant now) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into api_tokens (name, token_hash, created_by, created_at)"
                + " values (:name, :hash, :createdBy, :now)")
        .param("name", name)
        .param("hash", hash)
        .param("createdBy", createdBy)
        .param("now", DbTime.column(now))
        .update(key, "id");
    Number id = key.getKey();
    if (id == null) {
      throw new IllegalStateException("the database returned no id for the API token");
    }
    return find(id.longValue()).orElseThrow().token();
  }

  Optional<Match> findActive(String hash) {
    return jdbc.sql(COLUMNS + " where token_hash = :hash and revoked_at is null")
        .param("hash", hash)
        .query(ApiTokenRepository::row)
        .optional();
  }

  /** Every token, revoked ones too, newest first. */
  public List<ApiToken> all() {
    return jdbc
        .sql(COLUMNS + " order by created_at desc, id desc")
        .query(ApiTokenRepository::row)
        .list()
        .stream()
        .map(Match::token)
        .toList();
  }

  /** Revokes an active token; false when there is none with this id. */
  boolean revoke(long id, Instant now) {
    return jdbc.sql("update api_tokens set revoked_at = :now where id = :id and revoked_at is null")
            .param("now", DbTime.column(now))
            .param("id", id)
            .update()
        == 1;
  }

  /** Records a use, unless one was recorded at or after {@code since} (one write a minute). */
  void touch(long id, Instant now, Instant since) {
    jdbc.sql(
            "update api_tokens set last_used_at = :now where id = :id"
                + " and (last_used_at is null or last_used_at < :since)")
        .param("now", DbTime.column(now))
        .param("id", id)
        .param("since", DbTime.column(since))
        .update();
  }

  private Optional<Match> find(long id) {
    return jdbc.sql(COLUMNS + " where id = :id")
        .param("id", id)
        .query(ApiTokenRepository::row)
        .optional();
  }

  private static Match row(ResultSet row, int number) throws SQLException {
    ApiToken token =
        new ApiToken(
            row.getLong("id"),
            row.getString("name"),
            row.getString("created_by"),
            DbTime.read(row, "created_at").orElseThrow(),
            DbTime.read(row, "last_used_at"),
            DbTime.read(row, "revoked_at"));
    return new Match(token, row.getString("token_hash"));
  }
}
