package io.anchorkeeper.bench.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which slots exist: {@code accounts} sub-accounts with {@code slotsPerAccount} long slots each,
 * spread evenly over {@code instruments} synthetic instruments (account {@code a}'s slot {@code j}
 * is on instrument {@code (a * slotsPerAccount + j) mod instruments}).
 */
public record Layout(int accounts, int slotsPerAccount, int instruments) {

  public Layout {
    if (accounts < 1 || slotsPerAccount < 1 || instruments < 1) {
      throw new IllegalArgumentException(
          "accounts, slots per account and instruments must be >= 1");
    }
    if (instruments > 100) {
      throw new IllegalArgumentException(
          "at most 100 instruments (BK00..BK99), was " + instruments);
    }
    if (slotsPerAccount > instruments) {
      throw new IllegalArgumentException(
          "an account holds one long slot per instrument: slots per account ("
              + slotsPerAccount
              + ") must not exceed instruments ("
              + instruments
              + ")");
    }
  }

  /** One anchor slot of the layout. */
  public record Slot(String account, String instId) {
    /** The keeper's name of the slot ({@code SlotId.toString()}). */
    public String id() {
      return account + "/" + instId + "/long";
    }
  }

  public static String accountName(int index) {
    return String.format(Locale.ROOT, "bsub%04d", index);
  }

  public static String instId(int index) {
    return String.format(Locale.ROOT, "BK%02d-USDT-SWAP", index);
  }

  public int slotCount() {
    return accounts * slotsPerAccount;
  }

  public List<Slot> slots() {
    List<Slot> slots = new ArrayList<>(slotCount());
    for (int a = 0; a < accounts; a++) {
      for (int j = 0; j < slotsPerAccount; j++) {
        slots.add(new Slot(accountName(a), instId((a * slotsPerAccount + j) % instruments)));
      }
    }
    return slots;
  }

  /**
   * One slot per instrument that reaction trials take past its trigger: on instrument {@code i} the
   * holder at {@code i/instruments} of the way through its holders, so that consecutive trials fall
   * on different accounts (no account's read budget, 10 position reads in 2 s, is spent twice in a
   * row) and the trial accounts are spread over all accounts (the polling baseline reads accounts
   * in a schedule staggered by account order: trials bunched at the front would all be read early).
   */
  public List<Slot> trialSlots() {
    Map<String, List<Slot>> holders = new LinkedHashMap<>();
    for (Slot slot : slots()) {
      holders.computeIfAbsent(slot.instId(), k -> new ArrayList<>()).add(slot);
    }
    List<Slot> trial = new ArrayList<>();
    for (int i = 0; i < instruments; i++) {
      List<Slot> onIt = holders.getOrDefault(instId(i), List.of());
      if (!onIt.isEmpty()) {
        int spread = (int) ((long) i * onIt.size() / instruments);
        trial.add(onIt.get((spread + i) % onIt.size()));
      }
    }
    return trial;
  }

  public List<String> instIds() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < instruments; i++) {
      ids.add(instId(i));
    }
    return ids;
  }
}
