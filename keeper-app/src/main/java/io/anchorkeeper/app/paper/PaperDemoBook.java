package io.anchorkeeper.app.paper;

import io.anchorkeeper.core.slot.AccountKind;
import io.anchorkeeper.core.slot.AccountName;
import io.anchorkeeper.core.slot.SlotId;
import io.anchorkeeper.okx.client.OkxClientFactory;
import io.anchorkeeper.okx.client.rest.OkxRestClient;
import io.anchorkeeper.okx.client.rest.model.MgnMode;
import io.anchorkeeper.okx.client.rest.model.OrderRequest;
import io.anchorkeeper.okx.client.rest.model.PosSide;
import io.anchorkeeper.okx.client.rest.model.Position;
import io.anchorkeeper.okx.client.rest.model.Side;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The demo that paper mode starts with: two anchor slots per account on real instruments, long and
 * short, and the seed's CRO case — a sub-account long holding 20.29 U of margin instead of 10 — so
 * that a newcomer sees auto-opens at once, a margin correction within seconds and maintenances as
 * prices move.
 */
public final class PaperDemoBook {

  /** Margin the seed's CRO position held (seed 002). */
  static final BigDecimal SEED_CRO_MARGIN = new BigDecimal("20.29");

  /**
   * Contracts of the demo's CRO case. The seed had 108 at about 0.087; at the emulator's start
   * price of 0.1 that many would need 10.8 U of initial margin, above the 10.5 U band, so the demo
   * takes 90 (9 U at 0.1), which the emulator lets the correction bring to 10.29 U.
   */
  static final BigDecimal DEMO_CRO_CONTRACTS = new BigDecimal("90");

  private static final String[][] SUB_PAIRS = {
    {"CRO-USDT-SWAP", "long", "DOGE-USDT-SWAP", "short"},
    {"SOL-USDT-SWAP", "long", "XRP-USDT-SWAP", "short"},
    {"AAVE-USDT-SWAP", "long", "APT-USDT-SWAP", "short"},
  };

  private PaperDemoBook() {}

  /** The demo's slots for the paper accounts: main BTC long and ETH short, subs in pairs. */
  public static List<SlotId> slots(List<PaperAccount> accounts) {
    List<SlotId> slots = new ArrayList<>();
    int sub = 0;
    for (PaperAccount account : accounts) {
      AccountName name = account.name();
      if (account.kind() == AccountKind.MAIN) {
        slots.add(SlotId.of(name.value(), "BTC-USDT-SWAP", "long"));
        slots.add(SlotId.of(name.value(), "ETH-USDT-SWAP", "short"));
      } else {
        String[] pair = SUB_PAIRS[sub++ % SUB_PAIRS.length];
        slots.add(SlotId.of(name.value(), pair[0], pair[1]));
        slots.add(SlotId.of(name.value(), pair[2], pair[3]));
      }
    }
    return slots;
  }

  /**
   * Opens the seed's CRO case on the first sub-account through the OKX API, as a trader's earlier
   * mistake would have: a long at 10x, then margin added up to 20.29 U.
   */
  public static void seedCroCase(OkxClientFactory okx, PaperAccount firstSub) {
    OkxRestClient client = okx.rest(firstSub.credentials());
    String cro = "CRO-USDT-SWAP";
    client.account().setLeverage(cro, BigDecimal.TEN, MgnMode.ISOLATED, Optional.of(PosSide.LONG));
    client
        .trade()
        .placeOrder(
            OrderRequest.market(
                cro,
                MgnMode.ISOLATED,
                Side.BUY,
                PosSide.LONG,
                DEMO_CRO_CONTRACTS,
                "paperseedcro1"));
    BigDecimal margin =
        client.account().positions("SWAP", Optional.of(cro)).stream()
            .filter(p -> "long".equals(p.posSide()))
            .map(Position::margin)
            .flatMap(Optional::stream)
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("the seeded CRO position did not open"));
    BigDecimal add = SEED_CRO_MARGIN.subtract(margin);
    if (add.signum() > 0) {
      client.account().addMargin(cro, PosSide.LONG, add);
    }
  }
}
