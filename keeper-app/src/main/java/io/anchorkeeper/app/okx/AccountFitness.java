package io.anchorkeeper.app.okx;

import io.anchorkeeper.core.port.ExchangeException;
import io.anchorkeeper.core.slot.AccountName;
import io.anchorkeeper.core.slot.SlotId;
import io.anchorkeeper.core.value.Leverage;
import io.anchorkeeper.okx.client.error.OkxException;
import io.anchorkeeper.okx.client.rest.OkxRestClient;
import io.anchorkeeper.okx.client.rest.model.AccountConfig;
import io.anchorkeeper.okx.client.rest.model.HistoryQuery;
import io.anchorkeeper.okx.client.rest.model.LeverageInfo;
import io.anchorkeeper.okx.client.rest.model.MgnMode;
import io.anchorkeeper.okx.client.rest.model.Order;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Checks an account before the keeper trades it, and puts right what is safe to put right:
 *
 * <ul>
 *   <li>futures mode ({@code acctLv} 2), the only mode with isolated swaps; OKX has no API to
 *       change it, so any other mode is reported and nothing else is checked;
 *   <li>hedge mode ({@code long_short_mode}): switched when the account holds no swap position and
 *       no pending swap order (OKX refuses otherwise), else reported with the counts;
 *   <li>automatic isolated-margin transfers ({@code ctIsoMode} automatic): reported when manual;
 *   <li>each slot side's leverage: set only when it differs and no order is pending on that side.
 * </ul>
 *
 * Read failures are thrown as the core's exceptions; refusals of a change become problems.
 */
final class AccountFitness {

  private static final String HEDGE_MODE = "long_short_mode";
  private static final String FUTURES_MODE = "2";

  private final OkxConnections connections;

  AccountFitness(OkxConnections connections) {
    this.connections = connections;
  }

  FitnessReport ensureFit(AccountName account, Collection<LeverageTarget> targets) {
    for (LeverageTarget target : targets) {
      if (!target.slot().account().equals(account)) {
        throw new IllegalArgumentException(target.slot() + " is not a slot of " + account);
      }
    }
    OkxRestClient rest = connections.session(account).rest();
    List<String> changes = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    AccountConfig config =
        read("reading the settings of " + account, () -> rest.account().config());
    if (!FUTURES_MODE.equals(config.acctLv())) {
      problems.add(
          "the account is in "
              + modeName(config.acctLv())
              + " (acctLv "
              + config.acctLv()
              + "); the keeper trades isolated swaps, which need futures mode (acctLv 2):"
              + " switch the account's mode on the OKX website or app");
      return new FitnessReport(account, changes, problems);
    }
    if ("autonomy".equals(config.ctIsoMode())) {
      problems.add(
          "isolated margin is transferred by hand (ctIsoMode autonomy); the keeper needs"
              + " automatic transfers: switch them on in the OKX settings");
    }
    if (!HEDGE_MODE.equals(config.posMode())
        && !switchToHedgeMode(rest, config, changes, problems)) {
      return new FitnessReport(account, changes, problems);
    }
    setLeverages(rest, targets, changes, problems);
    return new FitnessReport(account, changes, problems);
  }

  private boolean switchToHedgeMode(
      OkxRestClient rest, AccountConfig config, List<String> changes, List<String> problems) {
    int positions =
        read("reading positions", () -> rest.account().positions("SWAP", Optional.empty())).size();
    int pending =
        read("reading pending orders", () -> rest.trade().ordersPending(HistoryQuery.swaps()))
            .size();
    if (positions > 0 || pending > 0) {
      problems.add(
          "the position mode is "
              + config.posMode()
              + " with "
              + positions
              + " open swap position(s) and "
              + pending
              + " pending swap order(s); the keeper needs long/short (hedge) mode, which OKX"
              + " switches only without them: close them, then check the account again");
      return false;
    }
    try {
      rest.account().setPositionMode(HEDGE_MODE);
      changes.add("position mode " + config.posMode() + " -> " + HEDGE_MODE);
      return true;
    } catch (OkxException e) {
      problems.add("OKX refused to switch to " + HEDGE_MODE + ": " + e.getMessage());
      return false;
    }
  }

  private void setLeverages(
      OkxRestClient rest,
      Collection<LeverageTarget> targets,
      List<String> changes,
      List<String> problems) {
    Map<String, List<LeverageTarget>> byInstrument = new LinkedHashMap<>();
    targets.forEach(
        t ->
            byInstrument
                .computeIfAbsent(t.slot().instrument().value(), i -> new ArrayList<>())
                .add(t));
    for (Map.Entry<String, List<LeverageTarget>> entry : byInstrument.entrySet()) {
      String instId = entry.getKey();
      List<LeverageInfo> current =
          read(
              "reading the leverage of " + instId,
              () -> rest.account().leverageInfo(instId, MgnMode.ISOLATED));
      List<Order> pending = null;
      for (LeverageTarget target : entry.getValue()) {
        SlotId slot = target.slot();
        Optional<BigDecimal> now = leverageOf(current, slot);
        BigDecimal wanted = target.leverage().value();
        if (now.isPresent() && now.get().compareTo(wanted) == 0) {
          continue;
        }
        if (pending == null) {
          pending =
              read(
                  "reading the pending orders of " + instId,
                  () -> rest.trade().ordersPending(HistoryQuery.swaps().withInstId(instId)));
        }
        String was = now.map(l -> Leverage.of(l).toString()).orElse("unset");
        if (pending.stream().anyMatch(o -> o.posSide().equals(slot.side().code()))) {
          problems.add(
              "the leverage of "
                  + slot
                  + " is "
                  + was
                  + ", not "
                  + target.leverage()
                  + ", and orders are pending on it: cancel them, then check again");
          continue;
        }
        try {
          rest.account()
              .setLeverage(
                  instId, wanted, MgnMode.ISOLATED, Optional.of(HedgeSides.posSide(slot.side())));
          changes.add("leverage of " + slot + " " + was + " -> " + target.leverage());
        } catch (OkxException e) {
          problems.add(
              "OKX refused leverage " + target.leverage() + " for " + slot + ": " + e.getMessage());
        }
      }
    }
  }

  private static Optional<BigDecimal> leverageOf(List<LeverageInfo> infos, SlotId slot) {
    return infos.stream()
        .filter(info -> info.posSide().equals(slot.side().code()))
        .flatMap(info -> info.lever().stream())
        .findFirst();
  }

  private static String modeName(String acctLv) {
    return switch (acctLv) {
      case "1" -> "spot mode";
      case "3" -> "multi-currency margin mode";
      case "4" -> "portfolio margin mode";
      default -> "an unknown mode";
    };
  }

  private static <T> T read(String doing, Supplier<T> call) {
    try {
      return call.get();
    } catch (OkxException e) {
      ExchangeException mapped = ExchangeErrors.map(doing, e);
      throw mapped;
    }
  }
}
