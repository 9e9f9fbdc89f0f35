package io.anchorkeeper.core.maintenance;

import io.anchorkeeper.core.value.Usdt;
import java.util.Objects;

/**
 * The numbers behind the decision whether an account can afford a maintenance. Step 1 releases the
 * position's margin plus its unrealised PnL minus the fee to close it; with the free balance that
 * must cover step 2's margin plus the fee to open it. All amounts in USDT; fees as positive costs.
 */
public record PreCheckResult(
    Usdt margin,
    Usdt unrealisedPnl,
    Usdt closeFee,
    Usdt freeBalance,
    Usdt openMargin,
    Usdt openFee) {

  public PreCheckResult {
    Objects.requireNonNull(margin, "margin must not be null");
    Objects.requireNonNull(unrealisedPnl, "unrealisedPnl must not be null");
    Objects.requireNonNull(closeFee, "closeFee must not be null");
    Objects.requireNonNull(freeBalance, "freeBalance must not be null");
    Objects.requireNonNull(openMargin, "openMargin must not be null");
    Objects.requireNonNull(openFee, "openFee must not be null");
  }

  /** What step 1 frees: margin + unrealised PnL − close fee. */
  public Usdt released() {
    return margin.plus(unrealisedPnl).minus(closeFee);
  }

  /** What step 2 can use: released + free balance. */
  public Usdt available() {
    return released().plus(freeBalance);
  }

  /** What step 2 needs: open margin + open fee. */
  public Usdt required() {
    return openMargin.plus(openFee);
  }

  public boolean affordable() {
    return !available().isLessThan(required());
  }

  /** The whole sum in words, for the journal and the owner's alert. */
  public String explanation() {
    return "step 1 releases "
        + released().toCentsString()
        + " (margin "
        + margin.toCentsString()
        + " + unrealised PnL "
        + unrealisedPnl.toCentsString()
        + " - close fee "
        + closeFee.toCentsString()
        + "), with free balance "
        + freeBalance.toCentsString()
        + " that is "
        + available().toCentsString()
        + "; step 2 needs "
        + required().toCentsString()
        + " (margin "
        + openMargin.toCentsString()
        + " + open fee "
        + openFee.toCentsString()
        + ")"
        + (affordable() ? "" : ", short by " + required().minus(available()).toCentsString());
  }
}
