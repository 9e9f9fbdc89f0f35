package io.anchorkeeper.app.api;

import io.anchorkeeper.app.engine.KeeperEngine;
import io.anchorkeeper.core.slot.AccountKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    return Summary.of(engine.views());
  }
}
