package io.anchorkeeper.app.engine;

import io.anchorkeeper.core.alert.AlertLevel;
import io.anchorkeeper.core.id.ProcedureId;
import io.anchorkeeper.core.instrument.InstrumentId;
import io.anchorkeeper.core.instrument.InstrumentSpec;
import io.anchorkeeper.core.maintenance.MaintenanceTrigger;
import io.anchorkeeper.core.maintenance.TriggerVerdict;
import io.anchorkeeper.core.margin.MarginBand;
import io.anchorkeeper.core.notify.Alert;
import io.anchorkeeper.core.notify.AlertKind;
import io.anchorkeeper.core.notify.Notifier;
import io.anchorkeeper.core.notify.ProcedureFinished;
import io.anchorkeeper.core.notify.Severity;
import io.anchorkeeper.core.port.Exchange;
import io.anchorkeeper.core.port.ExchangeException;
import io.anchorkeeper.core.position.PositionSnapshot;
import io.anchorkeeper.core.record.ProcedureReport;
import io.anchorkeeper.core.record.ProcedureStatus;
import io.anchorkeeper.core.record.ProcedureType;
import io.anchorkeeper.core.record.Trigger;
import io.anchorkeeper.core.record.TriggerSource;
import io.anchorkeeper.core.settings.AnchorSettings;
import io.anchorkeeper.core.slot.AccountKind;
import io.anchorkeeper.core.slot.AccountName;
import io.anchorkeeper.core.slot.SlotId;
import io.anchorkeeper.core.value.Price;
import io.anchorkeeper.core.value.Ratio;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine: it hears the exchange's pushes, keeps the position book, applies the rules to every
 * slot a change touches and hands what they ask for to the procedure runner. Reconciliation reads
 * every account in full at start, every reconcile interval and after every reconnect.
 */
public final class KeeperEngine implements FeedListener, RunnerListener, AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(KeeperEngine.class);

  private final SlotRegistry slots;
  private final PositionBook book;
  private final ProcedureRunner runner;
  private final Exchange exchange;
  private final ExchangeFeed feed;
  private final Notifier notifier;
  private final Alerts alerts;
  private final Clock clock;
  private final EngineProperties properties;
  private final ScheduledExecutorService scheduler;
  private final Reconciler reconciler;
  private final Map<InstrumentId, InstrumentSpec> specs = new ConcurrentHashMap<>();
  private final Map<SlotId, SlotWatch> watches = new ConcurrentHashMap<>();
  private final Map<InstrumentId, InstrumentSlots> pricePaths = new ConcurrentHashMap<>();
  private final Set<AccountName> reconciled = ConcurrentHashMap.newKeySet();

  public KeeperEngine(
      SlotRegistry slots,
      PositionBook book,
      ProcedureRunner runner,
      Exchange exchange,
      ExchangeFeed feed,
      Notifier notifier,
      Alerts alerts,
      Clock clock,
      EngineProperties properties,
      ScheduledExecutorService scheduler) {
    this.slots = slots;
    this.book = book;
    this.runner = runner;
    this.exchange = exchange;
    this.feed = feed;
    this.notifier = notifier;
    this.alerts = alerts;
    this.clock = clock;
    this.properties = properties;
    this.scheduler = scheduler;
    this.reconciler = new Reconciler(exchange, book, this::evaluateAccount);
    runner.addListener(this);
  }

  /** Resumes unfinished procedures, connects the feed and schedules the reconciliations. */
  public void start() {
    runner.resumeUnfinished();
    slots.instruments().forEach(this::spec);
    feed.start(slots.accounts(), slots.instruments(), this);
    List<AccountName> accounts = List.copyOf(slots.accounts());
    long interval = reconcileInterval();
    for (int i = 0; i < accounts.size(); i++) {
      scheduleReconciles(accounts.get(i), interval * i / accounts.size());
    }
  }

  /**
   * Reads the account now, then every reconcile interval; {@code stagger} spreads the accounts'
   * reads over the interval.
   */
  private void scheduleReconciles(AccountName account, long stagger) {
    if (!reconciled.add(account)) {
      return;
    }
    long interval = reconcileInterval();
    long first = properties.firstReconcileDelay().toMillis();
    scheduler.schedule(() -> reconcile(account), first, TimeUnit.MILLISECONDS);
    scheduler.scheduleAtFixedRate(
        () -> reconcile(account), first + interval + stagger, interval, TimeUnit.MILLISECONDS);
  }

  private long reconcileInterval() {
    return slots.globalSettings().reconcileInterval().toMillis();
  }

  /**
   * Adds a slot while running: its instrument must exist on the exchange; it is watched and its
   * account reconciled from now on.
   */
  public SlotConfig addSlot(SlotId slot, AccountKind kind) {
    spec(slot.instrument());
    SlotConfig config = slots.ensure(slot, kind);
    feed.watch(List.of(slot.account()), List.of(slot.instrument()));
    if (reconciled.contains(slot.account())) {
      scheduler.execute(() -> reconcile(slot.account()));
    } else {
      scheduleReconciles(slot.account(), 0);
    }
    return config;
  }

  /** Runs the command's procedure unless the slot is busy or the command is invalid. */
  public Submission submit(ProcedureCommand command) {
    return runner.submit(command);
  }

  /**
   * Batch maintenance (SPEC 3.8): maintains each slot in its own lane (super maintenance for
   * sub-accounts, normal for the main account), within each account's rate budget, and says what
   * each did. With no slots given, every slot past its trigger is maintained.
   */
  public List<BatchOutcome> maintainAll(List<SlotId> chosen, Trigger trigger) {
    List<SlotId> targets = chosen.isEmpty() ? pastTrigger() : chosen;
    return targets.stream()
        .map(
            slot ->
                slots
                    .find(slot)
                    .map(
                        c ->
                            BatchOutcome.of(
                                slot,
                                runner.submit(
                                    ProcedureCommand.of(
                                        RuleEvaluator.maintenanceType(c.kind()), slot, trigger))))
                    .orElseGet(
                        () ->
                            new BatchOutcome(
                                slot,
                                "refused",
                                null,
                                "no anchor slot " + slot + " is configured")))
        .toList();
  }

  private List<SlotId> pastTrigger() {
    return views().stream()
        .filter(v -> v.position().isPresent())
        .filter(v -> v.profitRate().map(r -> r.isAtMost(v.settings().triggerLoss())).orElse(false))
        .map(v -> v.config().id())
        .toList();
  }

  public boolean reconcile(AccountName account) {
    try {
      return reconciler.reconcile(account);
    } catch (RuntimeException e) {
      log.error("reconciling {} failed", account, e);
      return false;
    }
  }

  /**
   * Evaluates every slot on the instrument at the new mark, except those whose {@link QuietBand}
   * says the evaluation would change nothing.
   */
  @Override
  public void onMarkPrice(InstrumentId instrument, Price mark, Instant at) {
    book.putMark(instrument, mark, at);
    InstrumentSlots path = pricePath(instrument);
    PositionBook.Mark current = book.mark(instrument).orElse(null);
    boolean quietBands = properties.quietBands() && current != null;
    double price = quietBands ? current.price().value().doubleValue() : Double.NaN;
    for (int i = 0; i < path.size(); i++) {
      SlotEntry entry = path.entry(i);
      SlotWatch watch = path.watch(i);
      if (!quietBands || !staysQuiet(entry, watch, current, price)) {
        evaluate(entry, watch);
      }
    }
  }

  /**
   * True when the slot's band lets the mark through. The position is looked up last and compared by
   * identity, so a new snapshot ends the band whoever put it into the book.
   */
  private boolean staysQuiet(
      SlotEntry entry, SlotWatch watch, PositionBook.Mark mark, double price) {
    QuietBand band = watch.quietBand();
    return band != null && band.letsThrough(entry, book, mark, price);
  }

  /** The instrument's slots with their watches, rebuilt when the registry's list changed. */
  private InstrumentSlots pricePath(InstrumentId instrument) {
    List<SlotEntry> entries = slots.entriesOn(instrument);
    InstrumentSlots known = pricePaths.get(instrument);
    if (known != null && known.madeFrom(entries)) {
      return known;
    }
    InstrumentSlots made =
        new InstrumentSlots(
            entries,
            entries.toArray(SlotEntry[]::new),
            entries.stream().map(e -> watch(e.id())).toArray(SlotWatch[]::new));
    pricePaths.put(instrument, made);
    return made;
  }

  @Override
  public void onPosition(SlotId slot, Optional<PositionSnapshot> position) {
    if (slots.find(slot).isEmpty()) {
      return;
    }
    book.put(slot, position);
    evaluate(slot);
  }

  @Override
  public void onResync(AccountName account) {
    scheduler.execute(() -> reconcile(account));
  }

  @Override
  public void onDisconnected(String connection, String reason) {
    log.warn("exchange connection {} dropped: {}; reconnecting", connection, reason);
  }

  private void evaluateAccount(AccountName account) {
    slots.ofAccount(account).forEach(s -> evaluate(s.id()));
  }

  /** Applies the rules to one slot and acts on what they ask. */
  public void evaluate(SlotId slot) {
    Optional<SlotEntry> entry = slots.entry(slot);
    if (entry.isEmpty() || !specs.containsKey(slot.instrument())) {
      return;
    }
    evaluate(entry.get(), watch(slot));
  }

  private void evaluate(SlotEntry entry, SlotWatch watch) {
    SlotId slot = entry.id();
    InstrumentSpec spec = specs.get(slot.instrument());
    if (spec == null) {
      return;
    }
    SlotSetup setup = entry.setup();
    RuleEvaluator.Verdict verdict;
    synchronized (watch) {
      verdict =
          RuleEvaluator.evaluate(
              new RuleEvaluator.Inputs(
                  setup.config(),
                  slots.settings(setup),
                  book.position(slot),
                  book.mark(slot.instrument()),
                  spec,
                  book.isSynced(slot.account()),
                  clock.instant()),
              watch);
    }
    verdict.alerts().forEach(alerts::raise);
    if (verdict.intent().isPresent() && runner.running(slot).isEmpty()) {
      Submission submission = runner.submit(verdict.intent().get().command());
      if (submission instanceof Submission.Refused refused) {
        log.warn("rule for {} could not start: {}", slot, refused.reason());
      }
    }
  }

  @Override
  public void onFinished(ProcedureReport report) {
    SlotId slot = report.request().slot().id();
    try {
      book.put(slot, exchange.position(slot));
    } catch (ExchangeException e) {
      log.warn("could not re-read {} after its procedure: {}", slot, e.getMessage());
    }
    ProcedureType type = report.request().type();
    boolean automatic = report.request().trigger().source() == TriggerSource.AUTO;
    SlotWatch watch = watch(slot);
    synchronized (watch) {
      if (report.status() == ProcedureStatus.COMPLETED) {
        watch.clearCooldown(type);
      } else if (automatic) {
        watch.coolDown(type, clock.instant().plus(properties.cooldown()));
      }
    }
    boolean worthTelling =
        report.status() != ProcedureStatus.REFUSED || (type.isMaintenance() && automatic);
    if (worthTelling) {
      notifier.notify(new ProcedureFinished(report));
    }
    if (report.status() == ProcedureStatus.FAILED) {
      alerts.raise(
          Alert.about(
              AlertKind.PROCEDURE_FAILED,
              Severity.CRITICAL,
              slot,
              report.summary(),
              clock.instant()));
    } else if (report.status() == ProcedureStatus.REFUSED && type.isMaintenance() && automatic) {
      alerts.raise(
          Alert.about(
              AlertKind.PROCEDURE_REFUSED,
              Severity.WARNING,
              slot,
              report.summary(),
              clock.instant()));
    }
  }

  @Override
  public void onInterrupted(
      SlotId slot, ProcedureId procedure, String reason, boolean rateLimited, int attempt) {
    if (attempt == 1) {
      alerts.raise(
          Alert.about(
              rateLimited ? AlertKind.RATE_LIMITED : AlertKind.EXCHANGE_UNREACHABLE,
              Severity.CRITICAL,
              slot,
              "procedure " + procedure + " waits for the exchange and resumes by itself: " + reason,
              clock.instant()));
    }
  }

  /** Every slot with its position, profit rate, band, running procedure and status. */
  public List<SlotView> views() {
    return slots.all().stream()
        .map(this::view)
        .sorted(Comparator.comparing(v -> v.config().id()))
        .toList();
  }

  public Optional<SlotView> view(SlotId slot) {
    return slots.find(slot).map(this::view);
  }

  private SlotView view(SlotConfig config) {
    SlotId slot = config.id();
    AnchorSettings settings = slots.settings(slot);
    Optional<PositionSnapshot> position = book.position(slot).map(this::atLatestMark);
    SlotWatch watch = watches.get(slot);
    Optional<Ratio> rate =
        watch == null
            ? position.map(PositionSnapshot::profitRate)
            : watch.lastProfitRate().or(() -> position.map(PositionSnapshot::profitRate));
    Optional<ProcedureId> running = runner.running(slot);
    var band = settings.marginBand(config.kind(), config.maintenanceCount());
    return new SlotView(
        config,
        settings,
        position,
        rate,
        band,
        running,
        status(config, settings, position, rate, band, running, watch));
  }

  /**
   * The position priced at the newest pushed mark: OKX pushes a position only when it changes, so
   * between changes its mark, unrealised PnL and profit rate are recomputed here for the views.
   */
  private PositionSnapshot atLatestMark(PositionSnapshot position) {
    InstrumentSpec spec = specs.get(position.instrument());
    Optional<PositionBook.Mark> mark = book.mark(position.instrument());
    if (spec == null || mark.isEmpty() || !mark.get().at().isAfter(position.updatedAt())) {
      return position;
    }
    return position.atMark(spec, mark.get().price());
  }

  private SlotStatus status(
      SlotConfig config,
      AnchorSettings settings,
      Optional<PositionSnapshot> position,
      Optional<Ratio> rate,
      MarginBand band,
      Optional<ProcedureId> running,
      SlotWatch watch) {
    if (running.isPresent()) {
      return runningStatus(config.id());
    }
    if (config.paused()) {
      return SlotStatus.PAUSED;
    }
    if (position.isEmpty()) {
      return SlotStatus.NO_POSITION;
    }
    if (rate.isPresent()
        && MaintenanceTrigger.evaluate(config.anchorSlot(), rate.get(), settings)
            == TriggerVerdict.CAPPED) {
      return SlotStatus.CAPPED;
    }
    if (settings.correctsMargin(config.kind()) && !band.contains(position.get().margin())) {
      return SlotStatus.OFF_BAND;
    }
    if (watch != null && !AlertLevel.WARNING.isDeeperThan(watch.level)) {
      return SlotStatus.WARNING;
    }
    return SlotStatus.NORMAL;
  }

  private SlotStatus runningStatus(SlotId slot) {
    ProcedureType type = runner.runningType(slot).orElse(ProcedureType.AUTO_OPEN);
    if (type.isMaintenance()) {
      return SlotStatus.MAINTAINING;
    }
    return type == ProcedureType.MARGIN_CORRECTION ? SlotStatus.CORRECTING : SlotStatus.TRADING;
  }

  public void pause(SlotId slot, boolean paused, String changedBy) {
    slots.setPaused(slot, paused, changedBy);
  }

  /** The slot's watch, made on first use; package-private for the tests of this package. */
  SlotWatch watch(SlotId slot) {
    return watches.computeIfAbsent(slot, s -> new SlotWatch());
  }

  public PositionBook book() {
    return book;
  }

  public SlotRegistry slots() {
    return slots;
  }

  /** The instrument's spec as read at start or when its slot was added; never asks the exchange. */
  public Optional<InstrumentSpec> knownSpec(InstrumentId instrument) {
    return Optional.ofNullable(specs.get(instrument));
  }

  private InstrumentSpec spec(InstrumentId instrument) {
    return specs.computeIfAbsent(instrument, exchange::instrument);
  }

  @Override
  public void close() {
    feed.close();
    scheduler.shutdownNow();
    runner.close();
  }
}
