package io.anchorkeeper.app.config;

import io.anchorkeeper.app.engine.KeeperEngine;
import io.anchorkeeper.app.engine.SlotRegistry;
import io.anchorkeeper.app.okx.OkxAccounts;
import io.anchorkeeper.app.paper.PaperAccount;
import io.anchorkeeper.app.paper.PaperDemoBook;
import io.anchorkeeper.app.paper.PaperExchange;
import io.anchorkeeper.core.slot.AccountKind;
import io.anchorkeeper.core.slot.SlotId;
import io.anchorkeeper.okx.client.OkxClientFactory;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts the keeper once the application is ready: the configured slots exist with their overrides
 * (paper mode adds its demo book and the seed's CRO case), then the engine resumes unfinished
 * procedures, connects the feed and reads every account.
 */
@Component
class KeeperBootstrap {

  private static final Logger log = LoggerFactory.getLogger(KeeperBootstrap.class);

  private final KeeperProperties properties;
  private final SlotRegistry slots;
  private final OkxAccounts accounts;
  private final KeeperEngine engine;
  private final ObjectProvider<PaperExchange> paper;
  private final OkxClientFactory okx;

  KeeperBootstrap(
      KeeperProperties properties,
      SlotRegistry slots,
      OkxAccounts accounts,
      KeeperEngine engine,
      ObjectProvider<PaperExchange> paper,
      OkxClientFactory okx) {
    this.properties = properties;
    this.slots = slots;
    this.accounts = accounts;
    this.engine = engine;
    this.paper = paper;
    this.okx = okx;
  }

  @EventListener(ApplicationReadyEvent.class)
  void start() {
    for (KeeperProperties.Slot slot : properties.slots()) {
      SlotId id = SlotId.of(slot.account(), slot.instId(), slot.side());
      slots.ensure(id, accounts.get(id.account()).kind());
      if (!slot.settings().isEmpty()) {
        slots.setOverrides(id, SettingsText.parse(slot.settings()), "config");
      }
    }
    Optional<PaperExchange> exchange = Optional.ofNullable(paper.getIfAvailable());
    exchange.ifPresent(this::preparePaperBook);
    engine.start();
    log.info(
        "Anchor Keeper started: {} slots on {} accounts",
        slots.all().size(),
        slots.accounts().size());
  }

  private void preparePaperBook(PaperExchange exchange) {
    if (properties.paper().demoSlots()) {
      for (SlotId slot : PaperDemoBook.slots(exchange.accounts())) {
        slots.ensure(slot, accounts.get(slot.account()).kind());
      }
    }
    exchange.accounts().stream()
        .filter(a -> a.kind() == AccountKind.SUB)
        .findFirst()
        .filter(a -> properties.paper().demoSlots())
        .ifPresent(this::seedCroCase);
  }

  private void seedCroCase(PaperAccount firstSub) {
    try {
      PaperDemoBook.seedCroCase(okx, firstSub);
    } catch (RuntimeException e) {
      log.warn("could not open the demo's CRO case: {}", e.getMessage());
    }
  }
}
