package io.anchorkeeper.app.okx;

import io.anchorkeeper.core.instrument.InstrumentId;
import io.anchorkeeper.core.instrument.InstrumentSpec;
import io.anchorkeeper.core.instrument.MarginTiers;
import io.anchorkeeper.core.port.ExchangeException;
import io.anchorkeeper.core.port.RejectReason;
import io.anchorkeeper.okx.client.error.OkxException;
import io.anchorkeeper.okx.client.rest.PublicDataApi;
import io.anchorkeeper.okx.client.rest.model.Instrument;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Instrument specs as OKX publishes them, cached. The swap list ({@code public/instruments}, one
 * call) is read on first use and again once older than the refresh interval; an instrument missing
 * from it causes one early re-read (a new listing), at most every {@link #UNKNOWN_RELOAD_GAP}.
 * Isolated tiers ({@code public/position-tiers}, per instrument family) are read when a family is
 * first asked for and kept as long. Specs are data, never hard-coded.
 */
final class OkxInstrumentCatalog {

  static final Duration UNKNOWN_RELOAD_GAP = Duration.ofSeconds(10);

  private static final Logger LOG = LoggerFactory.getLogger(OkxInstrumentCatalog.class);

  private final PublicDataApi publicData;
  private final Duration refresh;
  private final Clock clock;
  private final Map<String, Timed<MarginTiers>> tiersByFamily = new ConcurrentHashMap<>();
  private volatile Timed<Map<InstrumentId, InstrumentSpec>> swaps;

  private record Timed<T>(T value, Instant loadedAt) {}

  OkxInstrumentCatalog(PublicDataApi publicData, Duration refresh, Clock clock) {
    this.publicData = publicData;
    this.refresh = refresh;
    this.clock = clock;
  }

  /**
   * The instrument's spec with its isolated tiers.
   *
   * @throws ExchangeException.Rejected ({@link RejectReason#INVALID_REQUEST}, 51001) when OKX lists
   *     no such swap
   */
  InstrumentSpec spec(InstrumentId instrument) {
    Timed<Map<InstrumentId, InstrumentSpec>> list = swaps(false);
    InstrumentSpec base = list.value().get(instrument);
    if (base == null && !clock.instant().isBefore(list.loadedAt().plus(UNKNOWN_RELOAD_GAP))) {
      base = swaps(true).value().get(instrument);
    }
    if (base == null) {
      throw new ExchangeException.Rejected(
          RejectReason.INVALID_REQUEST, "51001", "OKX lists no swap " + instrument);
    }
    return base.withTiers(tiers(instrument.family()));
  }

  /** Reads the swap list now. */
  void load() {
    swaps(true);
  }

  /** Forgets everything cached; the next use reads OKX again. */
  void refresh() {
    swaps = null;
    tiersByFamily.clear();
  }

  private synchronized Timed<Map<InstrumentId, InstrumentSpec>> swaps(boolean reload) {
    Timed<Map<InstrumentId, InstrumentSpec>> current = swaps;
    if (!reload && current != null && !isStale(current.loadedAt())) {
      return current;
    }
    Map<InstrumentId, InstrumentSpec> loaded = new HashMap<>();
    try {
      for (Instrument item : publicData.instruments("SWAP")) {
        try {
          InstrumentSpecs.spec(item).ifPresent(spec -> loaded.put(spec.instId(), spec));
        } catch (IllegalArgumentException e) {
          LOG.warn("Skipping OKX instrument {}: {}", item.instId(), e.getMessage());
        }
      }
    } catch (OkxException e) {
      throw ExchangeErrors.map("reading OKX's swap list", e);
    }
    current = new Timed<>(Map.copyOf(loaded), clock.instant());
    swaps = current;
    return current;
  }

  private MarginTiers tiers(String family) {
    Timed<MarginTiers> cached = tiersByFamily.get(family);
    if (cached != null && !isStale(cached.loadedAt())) {
      return cached.value();
    }
    MarginTiers tiers;
    try {
      tiers = InstrumentSpecs.tiers(family, publicData.positionTiers("SWAP", "isolated", family));
    } catch (OkxException e) {
      throw ExchangeErrors.map("reading the position tiers of " + family, e);
    }
    tiersByFamily.put(family, new Timed<>(tiers, clock.instant()));
    return tiers;
  }

  private boolean isStale(Instant loadedAt) {
    return !clock.instant().isBefore(loadedAt.plus(refresh));
  }
}
