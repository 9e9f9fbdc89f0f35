package io.anchorkeeper.app.paper;

import io.anchorkeeper.app.config.KeeperProperties;
import io.anchorkeeper.core.slot.AccountKind;
import io.anchorkeeper.core.slot.AccountName;
import io.anchorkeeper.okx.client.auth.OkxCredentials;
import io.anchorkeeper.okx.emulator.OkxEmulator;
import io.anchorkeeper.okx.emulator.OkxEmulatorBuilder;
import io.anchorkeeper.okx.emulator.engine.AccountSpec;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Paper mode's exchange: the emulator started in-process on a loopback port, with a main account
 * and sub-accounts whose keys are generated afresh at every start and never printed. The keeper
 * reaches it through the same OKX client and adapter it uses live.
 */
public final class PaperExchange implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(PaperExchange.class);

  private final OkxEmulator emulator;
  private final List<PaperAccount> accounts;

  private PaperExchange(OkxEmulator emulator, List<PaperAccount> accounts) {
    this.emulator = emulator;
    this.accounts = List.copyOf(accounts);
  }

  /** Starts the emulator with {@code main} and {@code sub01..subNN} as the properties say. */
  public static PaperExchange start(KeeperProperties.Paper paper) {
    Objects.requireNonNull(paper, "paper must not be null");
    SecureRandom random = new SecureRandom();
    OkxEmulatorBuilder builder =
        OkxEmulator.builder()
            .port(paper.port())
            .seed(paper.seed())
            .volatility(paper.volatility())
            .priceStep(paper.priceStep());
    List<PaperAccount> accounts = new ArrayList<>();
    accounts.add(
        account(builder, "main", AccountKind.MAIN, new BigDecimal(paper.mainUsdt()), random));
    for (int i = 1; i <= paper.subAccounts(); i++) {
      accounts.add(
          account(
              builder,
              String.format("sub%02d", i),
              AccountKind.SUB,
              new BigDecimal(paper.subUsdt()),
              random));
    }
    OkxEmulator emulator = builder.build().start();
    log.info(
        "paper mode: OKX emulator on {} with a main account and {} sub-accounts",
        emulator.baseUrl(),
        paper.subAccounts());
    return new PaperExchange(emulator, accounts);
  }

  private static PaperAccount account(
      OkxEmulatorBuilder builder,
      String name,
      AccountKind kind,
      BigDecimal usdt,
      SecureRandom random) {
    String key = token(random, 16);
    String secret = token(random, 32);
    String passphrase = token(random, 12);
    builder.account(
        kind == AccountKind.MAIN
            ? AccountSpec.main(name, key, secret, passphrase, usdt)
            : AccountSpec.sub(name, key, secret, passphrase, usdt));
    return new PaperAccount(AccountName.of(name), kind, OkxCredentials.of(key, secret, passphrase));
  }

  private static String token(SecureRandom random, int bytes) {
    byte[] raw = new byte[bytes];
    random.nextBytes(raw);
    return HexFormat.of().withUpperCase().formatHex(raw);
  }

  public OkxEmulator emulator() {
    return emulator;
  }

  public List<PaperAccount> accounts() {
    return accounts;
  }

  public int port() {
    return emulator.port();
  }

  @Override
  public void close() {
    emulator.close();
  }
}
