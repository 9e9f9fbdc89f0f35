package io.anchorkeeper.okx.emulator;

import io.anchorkeeper.okx.emulator.clock.EmulatorClock;
import io.anchorkeeper.okx.emulator.engine.AccountSpec;
import io.anchorkeeper.okx.emulator.engine.EngineSettings;
import io.anchorkeeper.okx.emulator.instrument.Instrument;
import io.anchorkeeper.okx.emulator.instrument.InstrumentFile;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Options of an {@link OkxEmulator}. Defaults: any free port, seed 42, system clock, the built-in
 * instruments walking randomly (volatility 0.0002 per 1 s step), OKX Lv1 fees, no slippage, full
 * fills, 10x default leverage, OKX's rate limits on, 30 s WebSocket idle timeout, position and
 * account snapshots every 5 s, 30 s signature window, a request log of 10,000 entries.
 */
public final class OkxEmulatorBuilder {

  int port;
  long seed = 42;
  EmulatorClock clock = EmulatorClock.system();
  final Map<String, Instrument> instruments = new LinkedHashMap<>();
  Duration priceStep = Duration.ofSeconds(1);
  double volatility = 0.0002;
  boolean fixedPrices;
  final Map<String, Path> replays = new HashMap<>();
  final Map<String, BigDecimal> startPrices = new HashMap<>();
  EngineSettings settings = EngineSettings.defaults();
  boolean rateLimits = true;
  Duration wsIdleTimeout = Duration.ofSeconds(30);
  Duration snapshotInterval = Duration.ofSeconds(5);
  Duration timestampWindow = Duration.ofSeconds(30);
  int requestLogCapacity = 10_000;
  final List<AccountSpec> accounts = new ArrayList<>();

  OkxEmulatorBuilder() {
    InstrumentFile.defaults().forEach(this::instrument);
  }

  /** TCP port on 127.0.0.1; 0 picks a free one. */
  public OkxEmulatorBuilder port(int value) {
    this.port = value;
    return this;
  }

  /** Seed of price walks, partial fills and per-account randomness. */
  public OkxEmulatorBuilder seed(long value) {
    this.seed = value;
    return this;
  }

  /** {@link EmulatorClock#system()} or {@link EmulatorClock#virtual}. */
  public OkxEmulatorBuilder clock(EmulatorClock value) {
    this.clock = value;
    return this;
  }

  /** Replaces the built-in catalogue. */
  public OkxEmulatorBuilder instruments(List<Instrument> values) {
    instruments.clear();
    values.forEach(this::instrument);
    return this;
  }

  /** Adds (or replaces) one instrument. */
  public OkxEmulatorBuilder instrument(Instrument value) {
    instruments.put(value.instId(), value);
    return this;
  }

  /** Adds (or replaces) the instruments of a JSON file in the built-in format. */
  public OkxEmulatorBuilder instrumentsFile(Path file) {
    InstrumentFile.read(file).forEach(this::instrument);
    return this;
  }

  /** How often prices move one step. */
  public OkxEmulatorBuilder priceStep(Duration value) {
    this.priceStep = value;
    return this;
  }

  /** Random-walk volatility per step, as a fraction (0.0002 = 2 bps). */
  public OkxEmulatorBuilder volatility(double value) {
    this.volatility = value;
    return this;
  }

  /** Prices stand still unless set through the control API (handy in tests). */
  public OkxEmulatorBuilder fixedPrices() {
    this.fixedPrices = true;
    return this;
  }

  /** Replays a candle CSV for one instrument: each price step moves to the next close. */
  public OkxEmulatorBuilder replay(String instId, Path csv) {
    replays.put(instId, csv);
    return this;
  }

  /** Starting mark price of one instrument (default: its {@code initialPx}). */
  public OkxEmulatorBuilder startPrice(String instId, BigDecimal price) {
    startPrices.put(instId, price);
    return this;
  }

  public OkxEmulatorBuilder settings(EngineSettings value) {
    this.settings = value;
    return this;
  }

  /** Switches OKX's per-endpoint rate limits on or off. */
  public OkxEmulatorBuilder rateLimits(boolean value) {
    this.rateLimits = value;
    return this;
  }

  /** A WebSocket with no traffic either way for this long is closed. */
  public OkxEmulatorBuilder wsIdleTimeout(Duration value) {
    this.wsIdleTimeout = value;
    return this;
  }

  /** Interval of periodic positions/account snapshots on WebSocket. */
  public OkxEmulatorBuilder snapshotInterval(Duration value) {
    this.snapshotInterval = value;
    return this;
  }

  /** How far a signature's timestamp may be from the emulator's clock. */
  public OkxEmulatorBuilder timestampWindow(Duration value) {
    this.timestampWindow = value;
    return this;
  }

  public OkxEmulatorBuilder requestLogCapacity(int value) {
    this.requestLogCapacity = value;
    return this;
  }

  /** An account to create at build time (in the order given; create the main account first). */
  public OkxEmulatorBuilder account(AccountSpec spec) {
    accounts.add(spec);
    return this;
  }

  public OkxEmulator build() {
    return new OkxEmulator(this);
  }
}
