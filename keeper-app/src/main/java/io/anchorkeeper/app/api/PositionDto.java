package io.anchorkeeper.app.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.anchorkeeper.app.engine.SlotView;
import io.anchorkeeper.core.position.PositionSnapshot;
import io.anchorkeeper.core.value.Price;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;

/**
 * One slot as {@code /api/anchor-system/*-positions} shows it: the fields of the seed's answer
 * ({@code account_name, inst_id, pos_side, pos_size, margin, maintenance_count, profit_rate,
 * leverage, status}) plus what the dashboard needs besides.
 */
public record PositionDto(
    @JsonProperty("account_name") String accountName,
    @JsonProperty("account_kind") String accountKind,
    @JsonProperty("inst_id") String instId,
    @JsonProperty("pos_side") String posSide,
    @JsonProperty("pos_size") BigDecimal posSize,
    @JsonProperty("margin") BigDecimal margin,
    @JsonProperty("maintenance_count") int maintenanceCount,
    @JsonProperty("max_maintenances") int maxMaintenances,
    @JsonProperty("profit_rate") BigDecimal profitRate,
    @JsonProperty("leverage") String leverage,
    @JsonProperty("avg_price") BigDecimal avgPrice,
    @JsonProperty("mark_price") BigDecimal markPrice,
    @JsonProperty("liq_price") BigDecimal liqPrice,
    @JsonProperty("unrealized_pnl") BigDecimal unrealizedPnl,
    @JsonProperty("target_margin") BigDecimal targetMargin,
    @JsonProperty("band_low") BigDecimal bandLow,
    @JsonProperty("band_high") BigDecimal bandHigh,
    @JsonProperty("paused") boolean paused,
    @JsonProperty("running_procedure") String runningProcedure,
    @JsonProperty("status") String status) {

  public static PositionDto of(SlotView view) {
    Optional<PositionSnapshot> p = view.position();
    return new PositionDto(
        view.config().id().account().value(),
        view.config().kind().name().toLowerCase(Locale.ROOT),
        view.config().id().instrument().value(),
        view.config().id().side().code(),
        p.map(s -> s.size().value()).orElse(BigDecimal.ZERO),
        p.map(s -> s.margin().amount()).map(Money::cents).orElse(BigDecimal.ZERO),
        view.config().maintenanceCount(),
        view.settings().maxMaintenances(),
        view.profitRate().map(r -> r.percent(2)).orElse(null),
        p.map(s -> s.leverage().toPlainString()).orElse(view.settings().leverage().toPlainString()),
        p.map(s -> s.averagePrice().value()).orElse(null),
        p.map(s -> s.markPrice().value()).orElse(null),
        p.flatMap(PositionSnapshot::liquidationPrice).map(Price::value).orElse(null),
        p.map(s -> s.unrealisedPnl().amount().setScale(4, RoundingMode.HALF_UP)).orElse(null),
        view.band().target().amount(),
        Money.cents(view.band().lower().amount()),
        Money.cents(view.band().upper().amount()),
        view.config().paused(),
        view.running().map(Object::toString).orElse(null),
        view.status().name().toLowerCase(Locale.ROOT));
  }
}
