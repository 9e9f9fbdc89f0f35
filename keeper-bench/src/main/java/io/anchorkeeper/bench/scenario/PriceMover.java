package io.anchorkeeper.bench.scenario;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Moves every instrument's price around its baseline each tick (by at most {@code amplitude},
 * relative), so that the keeper hears a mark price per instrument per tick, as it would from OKX.
 * The moves are too small to take any slot past a threshold; an instrument under trial is held
 * still until released with its new baseline.
 */
public final class PriceMover implements AutoCloseable {

  private final BenchExchange exchange;
  private final List<String> instIds;
  private final Map<String, BigDecimal> baselines = new ConcurrentHashMap<>();
  private final Set<String> held = ConcurrentHashMap.newKeySet();
  private final double amplitude;
  private final Random random = new Random(11);
  private final AtomicLong pushes = new AtomicLong();
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "bench-price-mover");
            t.setDaemon(true);
            return t;
          });

  public PriceMover(
      BenchExchange exchange, Map<String, BigDecimal> baselines, double amplitude, long tickMs) {
    this.exchange = exchange;
    this.instIds = List.copyOf(baselines.keySet());
    this.baselines.putAll(baselines);
    this.amplitude = amplitude;
    if (tickMs > 0) {
      timer.scheduleAtFixedRate(this::tick, tickMs, tickMs, TimeUnit.MILLISECONDS);
    }
  }

  private void tick() {
    for (String instId : instIds) {
      if (held.contains(instId)) {
        continue;
      }
      double move = (random.nextDouble() * 2 - 1) * amplitude;
      BigDecimal price = baselines.get(instId).multiply(BigDecimal.valueOf(1 + move));
      exchange.setMark(instId, price);
      pushes.incrementAndGet();
    }
  }

  /** Stops moving the instrument (a trial sets its price itself). */
  public void hold(String instId) {
    held.add(instId);
  }

  /** Moves the instrument again, around {@code baseline}. */
  public void release(String instId, BigDecimal baseline) {
    baselines.put(instId, baseline);
    held.remove(instId);
  }

  public BigDecimal baseline(String instId) {
    return baselines.get(instId);
  }

  /** Prices set so far. */
  public long pushes() {
    return pushes.get();
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
