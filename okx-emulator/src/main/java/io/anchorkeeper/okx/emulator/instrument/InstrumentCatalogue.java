package io.anchorkeeper.okx.emulator.instrument;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/** The instruments the emulator trades, sorted by instId; more can be added while it runs. */
public final class InstrumentCatalogue {

  private final Map<String, Instrument> byId = new ConcurrentSkipListMap<>();

  public InstrumentCatalogue(List<Instrument> instruments) {
    instruments.forEach(this::add);
  }

  /** Adds or replaces an instrument. */
  public void add(Instrument instrument) {
    byId.put(instrument.instId(), instrument);
  }

  public Optional<Instrument> find(String instId) {
    return instId == null ? Optional.empty() : Optional.ofNullable(byId.get(instId));
  }

  /** All instruments in instId order. */
  public List<Instrument> all() {
    return List.copyOf(byId.values());
  }
}
