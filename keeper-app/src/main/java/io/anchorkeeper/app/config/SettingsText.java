package io.anchorkeeper.app.config;

import io.anchorkeeper.core.settings.AnchorSettings;
import io.anchorkeeper.core.settings.SettingsOverrides;
import io.anchorkeeper.core.settings.SettingsOverridesBuilder;
import io.anchorkeeper.core.value.Leverage;
import io.anchorkeeper.core.value.Ratio;
import io.anchorkeeper.core.value.Usdt;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Settings as people write them, by SPEC's names: {@code trigger_loss: -10%}, {@code step_cap: 5U},
 * {@code sub_target_margins: 10,10,20}, {@code reconcile_interval: 5m}, {@code take_profit: off}.
 * Used by the configuration file and the HTTP API alike; every error names the field.
 */
public final class SettingsText {

  private record Field<T>(
      Function<String, T> parse,
      BiConsumer<SettingsOverridesBuilder, T> set,
      Function<SettingsOverrides, Optional<T>> get,
      Function<T, String> format) {

    void apply(SettingsOverridesBuilder builder, String text) {
      set.accept(builder, parse.apply(text));
    }

    Optional<String> render(SettingsOverrides overrides) {
      return get.apply(overrides).map(format);
    }
  }

  private static final Map<String, Field<?>> FIELDS = new LinkedHashMap<>();

  static {
    FIELDS.put(
        "leverage",
        new Field<>(
            SettingsText::leverage,
            SettingsOverridesBuilder::leverage,
            SettingsOverrides::leverage,
            Leverage::toPlainString));
    usdt("anchor_margin", SettingsOverridesBuilder::anchorMargin, SettingsOverrides::anchorMargin);
    percent("trigger_loss", SettingsOverridesBuilder::triggerLoss, SettingsOverrides::triggerLoss);
    FIELDS.put(
        "max_maintenances",
        new Field<>(
            SettingsText::integer,
            SettingsOverridesBuilder::maxMaintenances,
            SettingsOverrides::maxMaintenances,
            String::valueOf));
    FIELDS.put(
        "open_multiplier",
        new Field<>(
            SettingsText::multiple,
            SettingsOverridesBuilder::openMultiplier,
            SettingsOverrides::openMultiplier,
            BigDecimal::toPlainString));
    percent(
        "close_fraction",
        SettingsOverridesBuilder::closeFraction,
        SettingsOverrides::closeFraction);
    usdt(
        "maintenance_amount",
        SettingsOverridesBuilder::maintenanceAmount,
        SettingsOverrides::maintenanceAmount);
    usdt("target_margin", SettingsOverridesBuilder::targetMargin, SettingsOverrides::targetMargin);
    FIELDS.put(
        "sub_target_margins",
        new Field<>(
            SettingsText::usdtList,
            SettingsOverridesBuilder::subTargetMargins,
            SettingsOverrides::subTargetMargins,
            SettingsText::formatList));
    percent("tolerance", SettingsOverridesBuilder::tolerance, SettingsOverrides::tolerance);
    usdt("step_cap", SettingsOverridesBuilder::stepCap, SettingsOverrides::stepCap);
    usdt("min_step", SettingsOverridesBuilder::minStep, SettingsOverrides::minStep);
    usdt("safety_buffer", SettingsOverridesBuilder::safetyBuffer, SettingsOverrides::safetyBuffer);
    percent("fallback_mmr", SettingsOverridesBuilder::fallbackMmr, SettingsOverrides::fallbackMmr);
    FIELDS.put(
        "reconcile_interval",
        new Field<>(
            SettingsText::duration,
            SettingsOverridesBuilder::reconcileInterval,
            SettingsOverrides::reconcileInterval,
            Duration::toString));
    percent("take_profit", SettingsOverridesBuilder::takeProfit, SettingsOverrides::takeProfit);
    bool(
        "take_profit_enabled",
        SettingsOverridesBuilder::takeProfitEnabled,
        SettingsOverrides::takeProfitEnabled);
    percent(
        "take_profit_fraction",
        SettingsOverridesBuilder::takeProfitFraction,
        SettingsOverrides::takeProfitFraction);
    percent("alert_notice", SettingsOverridesBuilder::alertNotice, SettingsOverrides::alertNotice);
    percent(
        "alert_warning", SettingsOverridesBuilder::alertWarning, SettingsOverrides::alertWarning);
    percent(
        "alert_critical",
        SettingsOverridesBuilder::alertCritical,
        SettingsOverrides::alertCritical);
    percent(
        "alert_hysteresis",
        SettingsOverridesBuilder::alertHysteresis,
        SettingsOverrides::alertHysteresis);
    percent(
        "taker_fee_rate", SettingsOverridesBuilder::takerFeeRate, SettingsOverrides::takerFeeRate);
    percent(
        "margin_alert_deviation",
        SettingsOverridesBuilder::marginAlertDeviation,
        SettingsOverrides::marginAlertDeviation);
    bool(
        "main_auto_maintain",
        SettingsOverridesBuilder::mainAutoMaintain,
        SettingsOverrides::mainAutoMaintain);
    bool(
        "main_margin_correction",
        SettingsOverridesBuilder::mainMarginCorrection,
        SettingsOverrides::mainMarginCorrection);
  }

  private SettingsText() {}

  /** The names this parser knows, in SPEC's order. */
  public static List<String> names() {
    return List.copyOf(FIELDS.keySet());
  }

  /**
   * Parses settings by name. {@code take_profit: off} turns take-profit off. Throws an {@link
   * IllegalArgumentException} naming every unknown field and every value that does not parse.
   */
  public static SettingsOverrides parse(Map<String, String> values) {
    SettingsOverridesBuilder builder = SettingsOverrides.builder();
    List<String> problems = new ArrayList<>();
    values.forEach(
        (rawName, text) -> {
          String name = rawName.strip().toLowerCase(Locale.ROOT).replace('-', '_');
          Field<?> field = FIELDS.get(name);
          if (field == null) {
            problems.add(
                rawName + " is not a setting (known: " + String.join(", ", FIELDS.keySet()) + ")");
            return;
          }
          if (text == null || text.isBlank()) {
            problems.add(name + " must have a value");
            return;
          }
          try {
            if (name.equals("take_profit") && isOff(text)) {
              builder.takeProfitEnabled(false);
            } else {
              field.apply(builder, text.strip());
            }
          } catch (IllegalArgumentException e) {
            problems.add(name + " " + e.getMessage());
          }
        });
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems));
    }
    return builder.build();
  }

  /** Every setting's value, by name, in the form {@link #parse} reads. */
  public static Map<String, String> render(AnchorSettings settings) {
    Map<String, String> out = render(full(settings));
    if (settings.takeProfit().isEmpty()) {
      out.put("take_profit", "off");
    }
    return out;
  }

  private static SettingsOverrides full(AnchorSettings s) {
    SettingsOverridesBuilder b =
        SettingsOverrides.builder()
            .leverage(s.leverage())
            .anchorMargin(s.anchorMargin())
            .triggerLoss(s.triggerLoss())
            .maxMaintenances(s.maxMaintenances())
            .openMultiplier(s.openMultiplier())
            .closeFraction(s.closeFraction())
            .maintenanceAmount(s.maintenanceAmount())
            .targetMargin(s.targetMargin())
            .subTargetMargins(s.subTargetMargins())
            .tolerance(s.tolerance())
            .stepCap(s.stepCap())
            .minStep(s.minStep())
            .safetyBuffer(s.safetyBuffer())
            .fallbackMmr(s.fallbackMmr())
            .reconcileInterval(s.reconcileInterval())
            .takeProfitFraction(s.takeProfitFraction())
            .alertNotice(s.alertThresholds().notice())
            .alertWarning(s.alertThresholds().warning())
            .alertCritical(s.alertThresholds().critical())
            .alertHysteresis(s.alertThresholds().hysteresis())
            .takerFeeRate(s.takerFeeRate())
            .marginAlertDeviation(s.marginAlertDeviation())
            .mainAutoMaintain(s.mainAutoMaintain())
            .mainMarginCorrection(s.mainMarginCorrection());
    s.takeProfit().ifPresent(b::takeProfit);
    return b.build();
  }

  /** {@code changes} laid over {@code base}: a field set in either, the change winning. */
  public static SettingsOverrides merge(SettingsOverrides base, SettingsOverrides changes) {
    Map<String, String> merged = new LinkedHashMap<>(render(base));
    merged.putAll(render(changes));
    return parse(merged);
  }

  /** The overrides that are set, by name, in the form {@link #parse} reads. */
  public static Map<String, String> render(SettingsOverrides overrides) {
    Map<String, String> out = new LinkedHashMap<>();
    FIELDS.forEach((name, field) -> field.render(overrides).ifPresent(v -> out.put(name, v)));
    return out;
  }

  private static <T> void put(
      String name,
      Function<String, T> parse,
      BiConsumer<SettingsOverridesBuilder, T> set,
      Function<SettingsOverrides, Optional<T>> get,
      Function<T, String> format) {
    FIELDS.put(name, new Field<>(parse, set, get, format));
  }

  private static void usdt(
      String name,
      BiConsumer<SettingsOverridesBuilder, Usdt> set,
      Function<SettingsOverrides, Optional<Usdt>> get) {
    put(name, SettingsText::usdt, set, get, u -> u.amount().stripTrailingZeros().toPlainString());
  }

  private static void percent(
      String name,
      BiConsumer<SettingsOverridesBuilder, Ratio> set,
      Function<SettingsOverrides, Optional<Ratio>> get) {
    put(name, SettingsText::percent, set, get, Ratio::toString);
  }

  private static void bool(
      String name,
      BiConsumer<SettingsOverridesBuilder, Boolean> set,
      Function<SettingsOverrides, Optional<Boolean>> get) {
    put(name, SettingsText::bool, set, get, String::valueOf);
  }

  private static boolean isOff(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    return t.equals("off") || t.equals("false") || t.equals("none");
  }

  private static BigDecimal number(String text, String what) {
    try {
      return new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("must be " + what + ", was '" + text + "'", e);
    }
  }

  private static Usdt usdt(String text) {
    String t = text.strip().toUpperCase(Locale.ROOT);
    t =
        t.endsWith("USDT")
            ? t.substring(0, t.length() - 4)
            : t.endsWith("U") ? t.substring(0, t.length() - 1) : t;
    return Usdt.of(number(t, "an amount of USDT like 10 or 10U"));
  }

  private static Ratio percent(String text) {
    String t = text.strip();
    if (!t.endsWith("%")) {
      throw new IllegalArgumentException(
          "must be a percentage like -10% or 5%, was '" + text + "'");
    }
    return Ratio.ofPercent(number(t.substring(0, t.length() - 1), "a percentage like -10%"));
  }

  private static Leverage leverage(String text) {
    return Leverage.of(multiple(text));
  }

  private static BigDecimal multiple(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    return number(
        t.endsWith("x") ? t.substring(0, t.length() - 1) : t, "a multiple like 10 or 10x");
  }

  private static Integer integer(String text) {
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("must be a whole number, was '" + text + "'", e);
    }
  }

  private static Boolean bool(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    if (t.equals("true") || t.equals("on") || t.equals("yes")) {
      return true;
    }
    if (t.equals("false") || t.equals("off") || t.equals("no")) {
      return false;
    }
    throw new IllegalArgumentException("must be true or false, was '" + text + "'");
  }

  private static List<Usdt> usdtList(String text) {
    return Arrays.stream(text.split("[,\\s]+"))
        .filter(s -> !s.isBlank())
        .map(SettingsText::usdt)
        .toList();
  }

  private static String formatList(List<Usdt> list) {
    return String.join(
        ",", list.stream().map(u -> u.amount().stripTrailingZeros().toPlainString()).toList());
  }

  private static Duration duration(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    try {
      if (t.startsWith("pt") || t.startsWith("p")) {
        return Duration.parse(t.toUpperCase(Locale.ROOT));
      }
      long amount = Long.parseLong(t.replaceAll("[a-z]+$", ""));
      String unit = t.replaceAll("^[0-9]+", "");
      switch (unit) {
        case "ms":
          return Duration.ofMillis(amount);
        case "s":
        case "":
          return Duration.ofSeconds(amount);
        case "m":
        case "min":
          return Duration.ofMinutes(amount);
        case "h":
          return Duration.ofHours(amount);
        default:
          break;
      }
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "must be a duration like 5m, 300s or PT5M, was '" + text + "'", e);
    }
    throw new IllegalArgumentException(
        "must be a duration like 5m, 300s or PT5M, was '" + text + "'");
  }
}
