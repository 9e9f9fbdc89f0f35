package io.anchorkeeper.app.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.anchorkeeper.app.engine.KeeperEngine;
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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Positions and the summary, as the seed's dashboard reads them. */
@RestController
@RequestMapping("/api/anchor-system")
class PositionsController {

  private final KeeperEngine engine;

  PositionsController(KeeperEngine engine) {
    this.engine = engine;
  }

  /** Seed 002's answer: {@code {"positions": [...]}} for the sub-accounts' slots. */
  @GetMapping("/sub-account-positions")
  Map<String, Object> subAccountPositions(
      @RequestParam Optional<String> account, @RequestParam Optional<String> instId) {
    return positions(AccountKind.SUB, account, instId);
  }

  @GetMapping("/main-positions")
  Map<String, Object> mainPositions(@RequestParam Optional<String> instId) {
    return positions(AccountKind.MAIN, Optional.empty(), instId);
  }

  private Map<String, Object> positions(
      AccountKind kind, Optional<String> account, Optional<String> instId) {
    List<PositionDto> positions =
        engine.views().stream()
            .filter(v -> v.config().kind() == kind)
            .filter(v -> account.map(a -> v.config().id().account().value().equals(a)).orElse(true))
            .filter(
                v -> instId.map(i -> v.config().id().instrument().value().equals(i)).orElse(true))
            .map(PositionDto::of)
            .toList();
    return Map.of("positions", positions, "count", positions.size());
  }

  /** The summary cards: main positions by side, sub-accounts with positions, PnL, margin. */
  @GetMapping("/summary")
  Summary summary() {
    List<SlotView> views = engine.views();
    List<SlotView> main = held(views, AccountKind.MAIN);
    List<SlotView> sub = held(views, AccountKind.SUB);
    return new Summary(
        new Summary.Main(
            main.size(), count(main, PositionSide.LONG), count(main, PositionSide.SHORT)),
        new Summary.Sub(
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

  /** The summary answer. */
  record Summary(
      @JsonProperty("main") Main main,
      @JsonProperty("sub_accounts") Sub subAccounts,
      @JsonProperty("unrealized_pnl") BigDecimal unrealizedPnl,
      @JsonProperty("realized_pnl") BigDecimal realizedPnl,
      @JsonProperty("margin_in_use") BigDecimal marginInUse,
      @JsonProperty("slots") int slots,
      @JsonProperty("slots_by_status") Map<String, Long> slotsByStatus) {

    record Main(
        @JsonProperty("positions") int positions,
        @JsonProperty("long") int longs,
        @JsonProperty("short") int shorts) {}

    record Sub(
        @JsonProperty("accounts") int accounts,
        @JsonProperty("accounts_with_positions") int accountsWithPositions,
        @JsonProperty("positions") int positions) {}
  }
}
