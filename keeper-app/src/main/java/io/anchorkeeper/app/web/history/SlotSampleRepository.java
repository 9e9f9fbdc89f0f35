package io.anchorkeeper.app.web.history;

import io.anchorkeeper.core.slot.SlotId;
import io.anchorkeeper.core.value.Contracts;
import io.anchorkeeper.core.value.Price;
import io.anchorkeeper.core.value.Ratio;
import io.anchorkeeper.core.value.Usdt;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code slot_samples} table (migration V3). Values are stored as the rest of the schema stores
 * them: decimals rounded HALF_EVEN to 18 places, times in UTC to the microsecond.
 */
public final class SlotSampleRepository {

  private static final int SCALE = 18;

  private static final String INSERT =
      """
      insert into slot_samples (account, inst_id, pos_side, sampled_at, profit_rate, margin,
          pos_size, mark_price)
      values (:account, :instId, :posSide, :at, :rate, :margin, :size, :mark)
      """;

  private final JdbcClient jdbc;
  private final NamedParameterJdbcTemplate batch;

  public SlotSampleRepository(DataSource dataSource) {
    Objects.requireNonNull(dataSource, "dataSource must not be null");
    this.jdbc = JdbcClient.create(dataSource);
    this.batch = new NamedParameterJdbcTemplate(dataSource);
  }

  /** Stores the samples in one batch. */
  public void save(List<SlotSample> samples) {
    if (samples.isEmpty()) {
      return;
    }
    batch.batchUpdate(
        INSERT,
        samples.stream()
            .map(
                s ->
                    new MapSqlParameterSource()
                        .addValue("account", s.slot().account().value())
                        .addValue("instId", s.slot().instrument().value())
                        .addValue("posSide", s.slot().side().code())
                        .addValue("at", timestamp(s.at()))
                        .addValue("rate", decimal(s.profitRate().map(Ratio::value)))
                        .addValue("margin", decimal(s.margin().amount()))
                        .addValue("size", decimal(s.size().value()))
                        .addValue("mark", decimal(s.mark().map(Price::value))))
            .toArray(SqlParameterSource[]::new));
  }

  /** The slot's samples in {@code [from, until)}, oldest first, at most {@code limit}. */
  public List<SlotSample> between(SlotId slot, Instant from, Instant until, int limit) {
    List<SlotSample> newestFirst =
        jdbc.sql(
                """
            select account, inst_id, pos_side, sampled_at, profit_rate, margin, pos_size,
                mark_price
            from slot_samples
            where account = :account and inst_id = :instId and pos_side = :posSide
                and sampled_at >= :from and sampled_at < :until
            order by sampled_at desc, id desc
            limit :limit
            """)
            .param("account", slot.account().value())
            .param("instId", slot.instrument().value())
            .param("posSide", slot.side().code())
            .param("from", timestamp(from))
            .param("until", timestamp(until))
            .param("limit", limit)
            .query(SlotSampleRepository::sample)
            .list();
    List<SlotSample> oldestFirst = new ArrayList<>(newestFirst);
    Collections.reverse(oldestFirst);
    return oldestFirst;
  }

  /** Deletes samples taken before {@code cutoff}; returns how many. */
  public int deleteBefore(Instant cutoff) {
    return jdbc.sql("delete from slot_samples where sampled_at < :cutoff")
        .param("cutoff", timestamp(cutoff))
        .update();
  }

  private static SlotSample sample(ResultSet row, int rowNum) throws SQLException {
    return new SlotSample(
        SlotId.of(row.getString("account"), row.getString("inst_id"), row.getString("pos_side")),
        row.getObject("sampled_at", OffsetDateTime.class).toInstant(),
        Optional.ofNullable(row.getBigDecimal("profit_rate")).map(Ratio::of),
        Usdt.of(row.getBigDecimal("margin")),
        Contracts.of(row.getBigDecimal("pos_size")),
        Optional.ofNullable(row.getBigDecimal("mark_price")).map(Price::of));
  }

  private static OffsetDateTime timestamp(Instant at) {
    return OffsetDateTime.ofInstant(at.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
  }

  private static BigDecimal decimal(BigDecimal value) {
    return value.setScale(SCALE, RoundingMode.HALF_EVEN);
  }

  private static SqlParameterValue decimal(Optional<BigDecimal> value) {
    return new SqlParameterValue(
        Types.NUMERIC, value.map(SlotSampleRepository::decimal).orElse(null));
  }
}
