package io.anchorkeeper.okx.emulator.engine;

import io.anchorkeeper.okx.emulator.clock.EmulatorClock;
import io.anchorkeeper.okx.emulator.instrument.InstrumentCatalogue;
import io.anchorkeeper.okx.emulator.market.PriceBook;
import io.anchorkeeper.okx.emulator.market.Quote;
import io.anchorkeeper.okx.emulator.market.QuoteListener;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The exchange engine's front door. Concurrency: every operation on an account runs under that
 * account's lock (accounts never wait for each other; a transfer locks two in uid order); prices
 * live in the lock-free {@link PriceBook}; a mark move visits, one lock at a time, only the
 * accounts holding a position or resting order on that instrument.
 */
public final class Engine implements QuoteListener {

  private static final int FUTURES_MODE = 2;

  private final EngineContext ctx;
  private final AccountRegistry accounts;
  private final OrderEntry entry;
  private final OrderDesk desk;
  private final MarginDesk margins;
  private final Triggers triggers;
  private final Transfers transfers;
  private final Queries queries;

  public Engine(
      EmulatorClock clock,
      InstrumentCatalogue catalogue,
      PriceBook prices,
      EngineSettings settings,
      long seed) {
    this.ctx = new EngineContext(clock, catalogue, prices, settings);
    this.accounts = new AccountRegistry(ctx, seed);
    Execution execution = new Execution(ctx, new Ledger(ctx));
    this.entry = new OrderEntry(ctx, execution);
    this.desk = new OrderDesk(ctx, execution, entry);
    this.margins = new MarginDesk(ctx);
    this.triggers = new Triggers(ctx, execution);
    this.transfers = new Transfers(ctx, accounts);
    this.queries = new Queries(ctx);
    prices.addListener(this);
  }

  public void addListener(EngineListener listener) {
    ctx.addListener(listener);
  }

  public EngineSettings settings() {
    return ctx.settings();
  }

  public void settings(EngineSettings settings) {
    ctx.settings(settings);
  }

  public AccountRegistry accounts() {
    return accounts;
  }

  public InstrumentCatalogue catalogue() {
    return ctx.catalogue;
  }

  public PriceBook prices() {
    return ctx.prices;
  }

  public long now() {
    return ctx.now();
  }

  /** The price a market order on {@code side} would fill at now (mark plus or minus slippage). */
  public BigDecimal takerPrice(String instId, Side side) {
    return ctx.takerPrice(ctx.instrument(instId), side);
  }

  // Trading.

  /**
   * Places one order; OKX rejections come back as an ack with a non-zero sCode. An account that is
   * not in futures mode ({@code acctLv} 2) cannot trade isolated swaps: 51010.
   */
  public OrderAck placeOrder(Account account, OrderRequest request) {
    return account.locked(
        () ->
            acked(
                request.clOrdId(),
                request.tag(),
                () -> {
                  if (account.acctLv != FUTURES_MODE) {
                    throw Errors.unsupportedMode();
                  }
                  return entry.place(account, request, true);
                }));
  }

  public OrderAck cancelOrder(Account account, String instId, String ordId, String clOrdId) {
    return account.locked(
        () -> acked(clOrdId, "", () -> desk.cancel(account, instId, ordId, clOrdId)));
  }

  /** Closes a whole position at market; throws {@link OkxError} when it cannot. */
  public OrderAck closePosition(
      Account account,
      String instId,
      PosSide posSide,
      boolean autoCxl,
      String clOrdId,
      String tag) {
    return account.locked(
        () -> desk.closePosition(account, instId, posSide, autoCxl, clOrdId, tag));
  }

  // Margin and settings; these throw OkxError.

  public MarginChange adjustMargin(
      Account account, String instId, PosSide posSide, boolean add, BigDecimal amt) {
    return account.locked(() -> margins.adjust(account, instId, posSide, add, amt));
  }

  public LeverageSetting setLeverage(
      Account account, String instId, PosSide posSide, BigDecimal lever) {
    return account.locked(() -> margins.setLeverage(account, instId, posSide, lever));
  }

  public List<LeverageSetting> leverageInfo(Account account, String instId) {
    return account.locked(() -> margins.leverageInfo(account, instId));
  }

  public void setPositionMode(Account account, PosMode mode) {
    account.locked(
        () -> {
          margins.setPositionMode(account, mode);
          return mode;
        });
  }

  public PosMode positionMode(Account account) {
    return queries.posMode(account);
  }

  /** OKX's {@code acctLv}: 1 spot, 2 futures (the default), 3 multi-currency, 4 portfolio. */
  public int accountLevel(Account account) {
    return account.locked(() -> account.acctLv);
  }

  /**
   * Puts the account in another mode, as a trader would on the website (OKX has no API for it);
   * only futures mode trades isolated swaps.
   */
  public void setAccountLevel(Account account, int acctLv) {
    if (acctLv < 1 || acctLv > 4) {
      throw new IllegalArgumentException("acctLv must be 1 to 4, was " + acctLv);
    }
    account.locked(
        () -> {
          account.acctLv = acctLv;
          return acctLv;
        });
  }

  public MaxSize maxSize(Account account, String instId, BigDecimal px, BigDecimal lever) {
    return account.locked(() -> margins.maxSize(account, instId, px, lever));
  }

  // Queries.

  public BalanceSnapshot balance(Account account) {
    return queries.balance(account);
  }

  public List<PositionSnapshot> positions(Account account) {
    return queries.positions(account);
  }

  public Optional<OrderSnapshot> order(
      Account account, String instId, String ordId, String clOrdId) {
    return queries.order(account, instId, ordId, clOrdId);
  }

  public List<OrderSnapshot> pendingOrders(Account account) {
    return queries.pending(account);
  }

  public List<OrderSnapshot> finishedOrders(Account account) {
    return queries.finished(account);
  }

  public List<Fill> fills(Account account) {
    return queries.fills(account);
  }

  // Transfers.

  public Transfer transfer(Account caller, TransferRequest request) {
    return transfers.transfer(caller, request);
  }

  public Optional<Transfer> transferState(Account caller, String transId, String clientId) {
    return transfers.find(caller, transId, clientId);
  }

  // Prices.

  @Override
  public void onQuote(Quote quote, boolean markMoved) {
    if (!markMoved) {
      return;
    }
    ctx.catalogue
        .find(quote.instId())
        .ifPresent(
            inst -> {
              for (Account account : ctx.exposedTo(inst.instId())) {
                account.locked(
                    () -> {
                      triggers.onMark(account, inst);
                      return null;
                    });
              }
            });
  }

  private OrderAck acked(String clOrdId, String tag, Supplier<OrderAck> action) {
    try {
      return action.get();
    } catch (OkxError e) {
      return OrderAck.rejected(clOrdId, tag, ctx.now(), e);
    }
  }
}
