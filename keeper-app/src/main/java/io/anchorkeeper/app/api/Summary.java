package io.anchorkeeper.app.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.anchorkeeper.app.engine.SlotView;
import io.anchorkeeper.core.position.PositionSnapshot;
import io.anchorkeeper.core.slot.AccountKind;
import io.anchorkeeper.core.slot.PositionSide;
import io.anchorkeeper.core.value.Usdt;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The summary cards, for {@code /api/anchor-system/summary} and the dashboard: main positions by
 * side, sub-accounts with positions, unrealised and realised PnL, margin in use, slots by status.
 */
public record Summary(
    @JsonProperty("main") Main main,
    @JsonProperty("sub_accounts") Sub subAccounts,
    @JsonProperty("unrealized_pnl") BigDecimal unrealizedPnl,
    @JsonProperty("realized_pnl") BigDecimal realizedPnl,
    @JsonProperty("margin_in_use") BigDecimal marginInUse,
    @JsonProperty("slots") int slots,
    @JsonProperty("slots_by_status") Map<String, Long> slotsByStatus) {

  /** The main account's positions. */
  public record Main(
      @JsonProperty("positions") int positions,
      @JsonProperty("long") int longs,
      @JsonProperty("short") int shorts) {}

  /** The sub-accounts, those holding positions, and their positions. */
  public record Sub(
      @JsonProperty("accounts") int accounts,
      @JsonProperty("accounts_with_positions") int accountsWithPositions,
      @JsonProperty("positions") int positions) {}

  /** The summary of the engine's views. */
  public static Summary of(List<SlotView> views) {
    List<SlotView> main = held(views, AccountKind.MAIN);
    List<SlotView> sub = held(views, AccountKind.SUB);
    return new Summary(
        new Main(main.size(), count(main, PositionSide.LONG), count(main, PositionSide.SHORT)),
        new Sub(
            (int)
                views.stream()
                    .filter(v -> v.config().kind() == AccountKind.SUB)
                    .map(v -> v.config().id().account())
                    .distinct()
                    .count(),
            (int) sub.stream().map(v -> v.config().id().account()).distinct().count(),
            sub.size()),
        total(views, PositionSnapshot::unrealisedPnl),
        total(views, PositionSnapshot::realisedPnl),
        total(views, PositionSnapshot::margin),
        views.size(),
        views.stream()
            .collect(
                Collectors.groupingBy(
                    v -> v.status().name().toLowerCase(Locale.ROOT), Collectors.counting())));
  }

  private static List<SlotView> held(List<SlotView> views, AccountKind kind) {
    return views.stream()
        .filter(v -> v.config().kind() == kind && v.position().isPresent())
        .toList();
  }

  private static int count(List<SlotView> views, PositionSide side) {
    return (int) views.stream().filter(v -> v.config().id().side() == side).count();
  }

  private static BigDecimal total(List<SlotView> views, Function<PositionSnapshot, Usdt> field) {
    return Money.cents(
        views.stream()
            .map(SlotView::position)
            .flatMap(Optional::stream)
            .map(field)
            .reduce(Usdt.ZERO, Usdt::plus)
            .amount());
  }
}
