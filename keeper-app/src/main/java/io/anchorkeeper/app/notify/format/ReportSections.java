package io.anchorkeeper.app.notify.format;

import io.anchorkeeper.core.port.OrderReport;
import io.anchorkeeper.core.record.ProcedureReport;
import io.anchorkeeper.core.record.ProcedureStatus;
import io.anchorkeeper.core.record.ProcedureType;
import io.anchorkeeper.core.record.Trigger;
import io.anchorkeeper.core.record.TriggerSource;
import io.anchorkeeper.core.slot.AccountKind;
import io.anchorkeeper.core.slot.AnchorSlot;
import io.anchorkeeper.core.slot.PositionSide;
import io.anchorkeeper.core.slot.SlotId;
import io.anchorkeeper.core.value.Contracts;
import java.time.Instant;
import java.util.Optional;

/** The parts every procedure message shares: title, header, outcome, remaining position, time. */
final class ReportSections {

  /** Free text from procedures and the exchange is cut to this many characters per line. */
  static final int MAX_FREE_TEXT = 1000;

  private final Language language;
  private final Figures figures;

  ReportSections(Language language, Figures figures) {
    this.language = language;
    this.figures = figures;
  }

  Language language() {
    return language;
  }

  HtmlLines lines() {
    return new HtmlLines(language);
  }

  /** e.g. {@code 🔧 <b>Anchor super maintenance completed</b>}; failures get a siren. */
  String title(ProcedureReport report, String emoji) {
    String type = typeName(report.request().type()).in(language);
    return switch (report.status()) {
      case FAILED -> "🚨 " + Html.bold(Html.escape(Phrase.TITLE_FAILED.in(language, type)));
      case REFUSED -> "⛔ " + Html.bold(Html.escape(Phrase.TITLE_REFUSED.in(language, type)));
      case COMPLETED, RUNNING ->
          emoji + " " + Html.bold(Html.escape(Phrase.TITLE_COMPLETED.in(language, type)));
    };
  }

  /** Instrument, direction, account, original size (if any) and trigger, as in the seed. */
  void header(HtmlLines lines, ProcedureReport report) {
    AnchorSlot slot = report.request().slot();
    lines
        .field("📍", Phrase.INSTRUMENT, Html.escape(slot.id().instrument().value()))
        .field("📊", Phrase.DIRECTION, side(slot.id().side()))
        .field("👤", Phrase.ACCOUNT, Html.escape(account(slot)));
    report
        .originalSize()
        .ifPresent(size -> lines.field("💼", Phrase.ORIGINAL_SIZE, Html.escape(contracts(size))));
    lines.field("🎯", Phrase.TRIGGER, Html.escape(trigger(report.request().trigger())));
  }

  /**
   * For a failed or refused procedure, what happened and what the exchange holds now, right under
   * the title where the owner cannot miss it. Nothing for a completed one.
   */
  void outcome(HtmlLines lines, ProcedureReport report) {
    if (report.status() == ProcedureStatus.COMPLETED) {
      return;
    }
    lines
        .field("❗", Phrase.WHAT_HAPPENED, Html.escapeWithin(report.summary(), MAX_FREE_TEXT))
        .field("📦", Phrase.LEFT_ON_EXCHANGE, Html.escape(remaining(report)))
        .blank();
  }

  /** e.g. {@code 101 contracts (margin 9.9889 USDT)}, or unknown. */
  String remaining(ProcedureReport report) {
    Optional<String> size = report.remainingSize().map(this::contracts);
    String text = size.orElse(Phrase.UNKNOWN.in(language));
    return report
        .remainingMargin()
        .map(margin -> Phrase.WITH_MARGIN.in(language, text, Figures.usdt(margin)))
        .orElse(text);
  }

  String status(ProcedureStatus status) {
    Phrase phrase =
        switch (status) {
          case FAILED -> Phrase.STATUS_FAILED;
          case REFUSED -> Phrase.STATUS_REFUSED;
          case COMPLETED, RUNNING -> Phrase.STATUS_COMPLETED;
        };
    return phrase.in(language);
  }

  void time(HtmlLines lines, ProcedureReport report) {
    lines.line("⏰ " + Phrase.TIME.in(language) + ": " + figures.time(report.finishedAt()));
  }

  String time(Instant at) {
    return figures.time(at);
  }

  String contracts(Contracts size) {
    return Phrase.CONTRACTS.in(language, Figures.contracts(size));
  }

  String side(PositionSide side) {
    return (side == PositionSide.LONG ? Phrase.LONG : Phrase.SHORT).in(language);
  }

  /** e.g. {@code Wu666666 · CRO-USDT-SWAP · 做多}, escaped. */
  String slot(SlotId slot) {
    return Html.escape(slot.account().value())
        + " · "
        + Html.escape(slot.instrument().value())
        + " · "
        + side(slot.side());
  }

  /** The average price, or "none" when nothing filled. */
  String averagePrice(OrderReport order) {
    return order.averagePrice().map(Figures::price).orElse(Phrase.NONE.in(language));
  }

  /** The order's state when it is not simply filled; empty when it is. */
  Optional<String> unusualState(OrderReport order) {
    Optional<Phrase> phrase =
        switch (order.state()) {
          case LIVE -> Optional.of(Phrase.STATE_LIVE);
          case PARTIALLY_FILLED -> Optional.of(Phrase.STATE_PARTIALLY_FILLED);
          case CANCELED -> Optional.of(Phrase.STATE_CANCELED);
          case FILLED -> Optional.empty();
        };
    return phrase.map(p -> p.in(language));
  }

  boolean changesCount(ProcedureReport report) {
    return report.request().type().isMaintenance() || report.countAfter() != report.countBefore();
  }

  private String account(AnchorSlot slot) {
    Phrase kind = slot.kind() == AccountKind.MAIN ? Phrase.MAIN_ACCOUNT : Phrase.SUB_ACCOUNT;
    return kind.in(language, slot.id().account().value());
  }

  private String trigger(Trigger trigger) {
    Phrase source =
        trigger.source() == TriggerSource.AUTO ? Phrase.AUTO_TRIGGER : Phrase.MANUAL_TRIGGER;
    return source.in(language, trigger.requestedBy());
  }

  static Phrase typeName(ProcedureType type) {
    return switch (type) {
      case NORMAL_MAINTENANCE -> Phrase.TYPE_NORMAL_MAINTENANCE;
      case SUPER_MAINTENANCE -> Phrase.TYPE_SUPER_MAINTENANCE;
      case MARGIN_CORRECTION -> Phrase.TYPE_MARGIN_CORRECTION;
      case AUTO_OPEN -> Phrase.TYPE_AUTO_OPEN;
      case TAKE_PROFIT -> Phrase.TYPE_TAKE_PROFIT;
    };
  }
}
