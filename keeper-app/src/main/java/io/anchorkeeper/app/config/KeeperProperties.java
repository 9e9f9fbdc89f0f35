package io.anchorkeeper.app.config;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The keeper's configuration ({@code keeper.*}). Secrets are never here: accounts name the
 * environment variables that hold their keys.
 *
 * @param mode paper (default), demo or live
 * @param accounts demo and live accounts; paper mode creates its own
 * @param slots anchor slots to keep; paper mode adds its own
 * @param settings global settings by SPEC's names, e.g. {@code trigger_loss: -10%}
 */
@ConfigurationProperties("keeper")
public record KeeperProperties(
    @DefaultValue("paper") KeeperMode mode,
    @DefaultValue Okx okx,
    List<Account> accounts,
    List<Slot> slots,
    Map<String, String> settings,
    @DefaultValue Engine engine,
    @DefaultValue Paper paper) {

  public KeeperProperties {
    accounts = accounts == null ? List.of() : List.copyOf(accounts);
    slots = slots == null ? List.of() : List.copyOf(slots);
    settings = settings == null ? Map.of() : Map.copyOf(settings);
  }

  /**
   * How to reach OKX. The URLs default to the mode's (OKX for demo and live, the embedded emulator
   * for paper).
   *
   * @param orderExpiry sent as each order's {@code expTime}: after it, an order the exchange has
   *     not seen can never execute, and only then may the keeper send it again
   * @param orderConfirmTimeout how long to wait for an order's push before asking over REST
   */
  public record Okx(
      Optional<String> restUrl,
      Optional<String> wsPublicUrl,
      Optional<String> wsPrivateUrl,
      @DefaultValue("10s") Duration orderExpiry,
      @DefaultValue("2s") Duration orderConfirmTimeout) {}

  /**
   * A demo or live account.
   *
   * @param name the keeper's name for it (a sub-account's name on OKX)
   * @param kind {@code main} or {@code sub}
   * @param credentials the prefix of the environment variables that hold its keys: {@code
   *     <prefix>_API_KEY}, {@code <prefix>_SECRET_KEY}, {@code <prefix>_PASSPHRASE}
   */
  public record Account(String name, String kind, String credentials) {
    public Account {
      Objects.requireNonNull(name, "keeper.accounts[].name must be set");
      Objects.requireNonNull(kind, "keeper.accounts[].kind must be set (main or sub)");
      Objects.requireNonNull(credentials, "keeper.accounts[].credentials must be set");
    }
  }

  /** An anchor slot and its settings overrides. */
  public record Slot(String account, String instId, String side, Map<String, String> settings) {
    public Slot {
      settings = settings == null ? Map.of() : Map.copyOf(settings);
    }
  }

  /**
   * The engine's pacing.
   *
   * @param procedureThreads threads that run procedures
   * @param cooldown how long a refused or failed automatic procedure is not tried again
   * @param resumeBackoff first wait before resuming a procedure the exchange interrupted
   * @param feed {@code push} (the default: WebSocket pushes) or {@code polling} (no pushes, only
   *     the periodic full reads; keeper-bench's baseline of the system this replaces)
   */
  public record Engine(
      @DefaultValue("32") int procedureThreads,
      @DefaultValue("5m") Duration cooldown,
      @DefaultValue("5s") Duration resumeBackoff,
      @DefaultValue("push") FeedMode feed) {}

  /** How the engine hears of changes. */
  public enum FeedMode {
    PUSH,
    POLLING
  }

  /**
   * Paper mode's emulator and its demo book.
   *
   * @param port the emulator's loopback port; 0 picks a free one
   * @param seed the price walk's seed
   * @param volatility the price walk's relative step (0.0008: about 1% in a minute or two)
   * @param priceStep how often prices move
   * @param subAccounts how many sub-accounts to create
   * @param mainUsdt the main account's USDT
   * @param subUsdt each sub-account's USDT
   * @param demoSlots whether to configure the demo's anchor slots
   */
  public record Paper(
      @DefaultValue("0") int port,
      @DefaultValue("42") long seed,
      @DefaultValue("0.0008") double volatility,
      @DefaultValue("500ms") Duration priceStep,
      @DefaultValue("3") int subAccounts,
      @DefaultValue("10000") String mainUsdt,
      @DefaultValue("1000") String subUsdt,
      @DefaultValue("true") boolean demoSlots) {}
}
