package io.anchorkeeper.app.web.actions;

import io.anchorkeeper.app.api.PositionDto;
import io.anchorkeeper.app.engine.KeeperEngine;
import io.anchorkeeper.app.engine.SlotView;
import io.anchorkeeper.core.correction.CorrectionAssessment;
import io.anchorkeeper.core.correction.CorrectionDecision;
import io.anchorkeeper.core.correction.MarginCorrectionPlanner;
import io.anchorkeeper.core.correction.StepCap;
import io.anchorkeeper.core.instrument.InstrumentSpec;
import io.anchorkeeper.core.maintenance.MaintenancePlan;
import io.anchorkeeper.core.maintenance.NormalMaintenancePlanner;
import io.anchorkeeper.core.maintenance.SuperMaintenancePlanner;
import io.anchorkeeper.core.maintenance.TrimDecision;
import io.anchorkeeper.core.margin.MarginCalculator;
import io.anchorkeeper.core.plan.Outcome;
import io.anchorkeeper.core.plan.PlannedOrder;
import io.anchorkeeper.core.position.PositionSnapshot;
import io.anchorkeeper.core.value.Contracts;
import io.anchorkeeper.core.value.Price;
import io.anchorkeeper.core.value.Usdt;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Plans an action for its confirmation with keeper-core's planners, from the slot's position in the
 * engine's book and the newest mark: a maintenance's close, open and estimated trim; a margin
 * correction's next step. Nothing is asked of the exchange, so the free balance is not known here:
 * the procedure checks affordability itself, and a correction that adds margin adds at most what
 * the account has free.
 */
@Component
public class ActionPreviewer {

  private final KeeperEngine engine;

  public ActionPreviewer(KeeperEngine engine) {
    this.engine = engine;
  }

  public ActionPreview preview(DashboardAction action, SlotView view) {
    Draft draft = new Draft(view);
    Optional<PositionSnapshot> position = view.position();
    Optional<InstrumentSpec> spec = engine.knownSpec(view.config().id().instrument());
    if (action.procedure().isEmpty()) {
      return draft.done(action, Optional.empty());
    }
    if (position.isEmpty()) {
      draft.refusal = Optional.of(ActionPreview.NO_POSITION);
      return draft.done(action, Optional.empty());
    }
    if (spec.isEmpty()) {
      draft.refusal = Optional.of("the instrument's spec is not loaded yet; try again shortly");
      return draft.done(action, Optional.empty());
    }
    PositionSnapshot p = position.get();
    Price mark =
        engine
            .book()
            .mark(view.config().id().instrument())
            .map(m -> m.price())
            .orElse(p.markPrice());
    switch (action) {
      case SUPER_MAINTAIN:
        draft.maintenance(
            SuperMaintenancePlanner.plan(
                view.config().anchorSlot(), p, spec.get(), mark, view.settings()),
            plan -> plan.trimAfterOpen(plan.open().size(), mark),
            mark);
        break;
      case NORMAL_MAINTAIN:
        draft.maintenance(
            NormalMaintenancePlanner.plan(
                view.config().anchorSlot(), p, spec.get(), view.settings()),
            plan -> plan.trimAfterOpen(plan.open().size()),
            mark);
        break;
      default:
        draft.correction(spec.get(), mark);
        break;
    }
    return draft.done(action, Optional.of(mark));
  }

  /** The preview being put together. */
  private static final class Draft {

    private final SlotView view;
    private final List<PlannedLine> lines = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private Optional<String> refusal = Optional.empty();

    Draft(SlotView view) {
      this.view = view;
    }

    <P extends MaintenancePlan> void maintenance(
        Outcome<P> planned, Function<P, TrimDecision> trim, Price mark) {
      if (planned.refusal().isPresent()) {
        refusal = planned.refusal();
        return;
      }
      P plan = planned.orElseThrow();
      lines.add(order(plan.closeOld(), Optional.empty(), false));
      lines.add(order(plan.open(), Optional.of(margin(plan, plan.open().size(), mark)), false));
      TrimDecision decision = trim.apply(plan);
      if (decision instanceof TrimDecision.Trim cut) {
        lines.add(order(cut.order(), Optional.empty(), true));
        lines.add(
            new PlannedLine(
                cut.order().step(),
                "keep",
                Optional.of(cut.remaining().value()),
                Optional.of(margin(plan, cut.remaining(), mark).amount()),
                true));
        cut.note().ifPresent(notes::add);
      } else if (decision instanceof TrimDecision.NoTrim kept) {
        notes.add(kept.reason());
      }
    }

    void correction(InstrumentSpec spec, Price mark) {
      PositionSnapshot p = view.position().orElseThrow();
      // The free balance is unknown here; the band's target stands in as "enough", and the
      // procedure adds at most what the account really has free.
      CorrectionAssessment assessment =
          MarginCorrectionPlanner.assess(
              view.config().anchorSlot(),
              p,
              spec,
              mark,
              view.settings(),
              view.band().target(),
              StepCap.initial(view.settings()));
      CorrectionDecision decision = assessment.decision();
      if (decision instanceof CorrectionDecision.Reduce reduce) {
        lines.add(marginLine("reduce_margin", reduce.amount()));
      } else if (decision instanceof CorrectionDecision.Add add) {
        lines.add(marginLine("add_margin", add.amount()));
      } else if (decision instanceof CorrectionDecision.CannotCorrect cannot) {
        refusal = Optional.of(cannot.reason());
      } else {
        refusal =
            Optional.of(
                "margin "
                    + assessment.margin().toCentsString()
                    + " is inside the band "
                    + assessment.band().describe()
                    + "; nothing to correct");
      }
    }

    private static PlannedLine marginLine(String kind, Usdt amount) {
      return new PlannedLine(1, kind, Optional.empty(), Optional.of(amount.amount()), false);
    }

    private static PlannedLine order(
        PlannedOrder order, Optional<Usdt> margin, boolean approximate) {
      return new PlannedLine(
          order.step(),
          order.purpose().name().toLowerCase(Locale.ROOT),
          Optional.of(order.size().value()),
          margin.map(Usdt::amount),
          approximate);
    }

    private static Usdt margin(MaintenancePlan plan, Contracts size, Price mark) {
      return MarginCalculator.initialMargin(plan.spec(), size, mark, plan.leverage());
    }

    ActionPreview done(DashboardAction action, Optional<Price> mark) {
      Optional<BigDecimal> size =
          action.pinsSize() ? view.position().map(p -> p.size().value()) : Optional.empty();
      return new ActionPreview(
          action,
          PositionDto.of(view),
          mark.map(Price::value),
          size,
          lines,
          notes,
          refusal,
          view.running().map(Object::toString));
    }
  }
}
