package io.anchorkeeper.bench.scenario;

import io.anchorkeeper.okx.client.auth.OkxCredentials;
import io.anchorkeeper.okx.emulator.OkxEmulator;
import io.anchorkeeper.okx.emulator.OkxEmulatorBuilder;
import io.anchorkeeper.okx.emulator.engine.Account;
import io.anchorkeeper.okx.emulator.engine.AccountSpec;
import io.anchorkeeper.okx.emulator.engine.OrdType;
import io.anchorkeeper.okx.emulator.engine.OrderAck;
import io.anchorkeeper.okx.emulator.engine.OrderRequest;
import io.anchorkeeper.okx.emulator.engine.PosSide;
import io.anchorkeeper.okx.emulator.engine.PositionSnapshot;
import io.anchorkeeper.okx.emulator.engine.Side;
import io.anchorkeeper.okx.emulator.fault.FaultPlan;
import io.anchorkeeper.okx.emulator.fault.FaultRule;
import io.anchorkeeper.okx.emulator.fault.FaultType;
import io.anchorkeeper.okx.emulator.http.RequestRecord;
import io.anchorkeeper.okx.emulator.instrument.Instrument;
import io.anchorkeeper.okx.emulator.instrument.InstrumentFile;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The bench's exchange: the emulator on a loopback port with OKX's rate limits on, fixed prices
 * that only the driver moves, {@link Layout}'s synthetic instruments and accounts, and positions
 * opened straight through the emulator's engine (no HTTP, no rate limits) before the keeper starts.
 *
 * <p>Synthetic instruments keep the arithmetic plain: one contract is one unit, the price starts at
 * 10 with a 0.0001 tick, so 10 contracts at 10x hold exactly 10 U of margin, inside the default
 * band 9.5–10.5 U. Their tiers are SOL's from the emulator's catalogue.
 */
public final class BenchExchange implements AutoCloseable {

  /** Where every instrument starts, and the entry price of every ordinary slot. */
  public static final BigDecimal START_PRICE = new BigDecimal("10");

  private static final String TIERS_FROM = "SOL-USDT-SWAP";

  private final OkxEmulator emulator;
  private final Layout layout;

  private BenchExchange(OkxEmulator emulator, Layout layout) {
    this.emulator = emulator;
    this.layout = layout;
  }

  /** Starts the emulator with a main account and the layout's sub-accounts, 10,000 U each. */
  public static BenchExchange start(Layout layout, int requestLogCapacity) {
    OkxEmulatorBuilder builder =
        OkxEmulator.builder()
            .port(0)
            .seed(7)
            .fixedPrices()
            .rateLimits(true)
            .requestLogCapacity(requestLogCapacity);
    Instrument model =
        InstrumentFile.defaults().stream()
            .filter(i -> i.instId().equals(TIERS_FROM))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException(TIERS_FROM + " missing from catalogue"));
    for (String instId : layout.instIds()) {
      builder.instrument(synthetic(instId, model));
    }
    builder.account(
        AccountSpec.main(
            "bmain", key("bmain"), secret("bmain"), passphrase("bmain"), new BigDecimal("100000")));
    for (int a = 0; a < layout.accounts(); a++) {
      String name = Layout.accountName(a);
      builder.account(
          AccountSpec.sub(
              name, key(name), secret(name), passphrase(name), new BigDecimal("10000")));
    }
    return new BenchExchange(builder.build().start(), layout);
  }

  private static Instrument synthetic(String instId, Instrument model) {
    return new Instrument(
        instId,
        instId.replace("-SWAP", ""),
        BigDecimal.ONE,
        instId.substring(0, instId.indexOf('-')),
        BigDecimal.ONE,
        "USDT",
        BigDecimal.ONE,
        BigDecimal.ONE,
        new BigDecimal("0.0001"),
        new BigDecimal("100000"),
        new BigDecimal("1000000"),
        model.maxLever(),
        model.listTime(),
        START_PRICE,
        model.tiers());
  }

  /** Bench keys: made up per account name; they protect nothing outside this run. */
  public static String key(String account) {
    return "bench-key-" + account;
  }

  public static String secret(String account) {
    return "bench-secret-" + account;
  }

  public static String passphrase(String account) {
    return "bench-pass-" + account;
  }

  /** How the keeper's wire tap names the account: its key's budget name. */
  public static String caller(String account) {
    return OkxCredentials.of(key(account), secret(account), passphrase(account)).budgetKey();
  }

  public OkxEmulator emulator() {
    return emulator;
  }

  public Layout layout() {
    return layout;
  }

  public Account account(String name) {
    return emulator
        .engine()
        .accounts()
        .byName(name)
        .orElseThrow(() -> new IllegalArgumentException("no account " + name));
  }

  /** Opens (or adds to) the slot's long position at market; fails when the emulator refuses. */
  public void openLong(Layout.Slot slot, BigDecimal contracts) {
    OrderAck ack =
        emulator
            .engine()
            .placeOrder(
                account(slot.account()),
                new OrderRequest(
                    slot.instId(),
                    Side.BUY,
                    PosSide.LONG,
                    OrdType.MARKET,
                    contracts,
                    null,
                    "",
                    "",
                    false));
    if (!"0".equals(ack.sCode())) {
      throw new IllegalStateException(
          "the emulator refused to open " + slot.id() + ": " + ack.sCode() + " " + ack.sMsg());
    }
  }

  /** Adds ({@code amount > 0}) or removes margin of the slot's position, as the owner would. */
  public void adjustMargin(Layout.Slot slot, BigDecimal amount) {
    emulator
        .engine()
        .adjustMargin(
            account(slot.account()),
            slot.instId(),
            PosSide.LONG,
            amount.signum() > 0,
            amount.abs());
  }

  public PositionSnapshot position(Layout.Slot slot) {
    return emulator.engine().positions(account(slot.account())).stream()
        .filter(p -> p.instId().equals(slot.instId()) && p.posSide() == PosSide.LONG)
        .filter(p -> !p.isClosed())
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no open position for " + slot.id()));
  }

  /** Sets mark (and last) price, rounded to the tick; the emulator pushes it at once. */
  public void setMark(String instId, BigDecimal price) {
    emulator.control().setMarkPrice(instId, price.setScale(4, RoundingMode.HALF_EVEN));
  }

  /** Adds {@code ms} of latency to every OKX REST request; returns the plan's id. */
  public String addLatency(long ms) {
    return emulator
        .control()
        .addFaultPlan(
            FaultPlan.of(
                "bench-latency",
                new FaultRule(
                    FaultType.LATENCY,
                    "/api/v5/*",
                    null,
                    null,
                    null,
                    null,
                    1.0,
                    0,
                    ms,
                    null,
                    null,
                    null,
                    0,
                    false,
                    false)));
  }

  public List<RequestRecord> requests(Predicate<RequestRecord> filter) {
    return emulator.control().requests(filter, Integer.MAX_VALUE);
  }

  /** Each account's keys as the keeper reads them from its environment. */
  public Map<String, String> credentialProperties(String account, String prefix) {
    return Map.of(
        prefix + "_API_KEY", key(account),
        prefix + "_SECRET_KEY", secret(account),
        prefix + "_PASSPHRASE", passphrase(account));
  }

  @Override
  public void close() {
    emulator.close();
  }
}
