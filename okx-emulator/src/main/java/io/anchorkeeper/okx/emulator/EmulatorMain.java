package io.anchorkeeper.okx.emulator;

import io.anchorkeeper.okx.emulator.engine.AccountSpec;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Runs the emulator standalone until killed and prints its accounts. Options: {@code --port N}
 * (default 8099), {@code --seed N} (42), {@code --subs N} (3), {@code --usdt X} per sub (10000;
 * main gets 10x), {@code --volatility X} (0.0002 per step), {@code --step-ms N} (1000), {@code
 * --instruments FILE} (more instruments), {@code --replay INST=FILE.csv}, {@code --no-rate-limits}.
 */
public final class EmulatorMain {

  private EmulatorMain() {}

  public static void main(String[] args) throws Exception {
    if (System.getProperty("logback.configurationFile") == null) {
      System.setProperty("logback.configurationFile", "okx-emulator/logback-standalone.xml");
    }
    OkxEmulatorBuilder builder = OkxEmulator.builder().port(8099);
    long seed = 42;
    int subs = 3;
    BigDecimal usdt = new BigDecimal("10000");
    for (int i = 0; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : "";
      switch (args[i]) {
        case "--port" -> builder.port(Integer.parseInt(value));
        case "--seed" -> seed = Long.parseLong(value);
        case "--subs" -> subs = Integer.parseInt(value);
        case "--usdt" -> usdt = new BigDecimal(value);
        case "--volatility" -> builder.volatility(Double.parseDouble(value));
        case "--step-ms" -> builder.priceStep(Duration.ofMillis(Long.parseLong(value)));
        case "--instruments" -> builder.instrumentsFile(Path.of(value));
        case "--replay" -> builder.replay(value.split("=", 2)[0], Path.of(value.split("=", 2)[1]));
        case "--no-rate-limits" -> {
          builder.rateLimits(false);
          continue;
        }
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
      i++;
    }
    List<AccountSpec> accounts =
        DefaultAccounts.generate(seed, subs, usdt.multiply(BigDecimal.TEN), usdt);
    builder.seed(seed);
    accounts.forEach(builder::account);
    OkxEmulator emulator = builder.build().start();
    Runtime.getRuntime().addShutdownHook(new Thread(emulator::close, "okx-emulator-stop"));
    print(System.out, emulator, seed, accounts);
    emulator.join();
  }

  private static void print(
      PrintStream out, OkxEmulator emu, long seed, List<AccountSpec> accounts) {
    out.printf("OKX v5 emulator on %s (seed %d, system clock)%n", emu.baseUrl(), seed);
    out.printf("  REST        %s/api/v5/...%n", emu.baseUrl());
    out.printf("  WS public   %s%n", emu.wsPublicUrl());
    out.printf("  WS private  %s%n", emu.wsPrivateUrl());
    out.printf("  control     %s/emulator/v1/...%n", emu.baseUrl());
    out.println("Accounts (apiKey / secretKey / passphrase):");
    for (AccountSpec a : accounts) {
      out.printf(
          "  %-6s %-4s %s  %s  %s  %s USDT%n",
          a.name(),
          a.type().wire(),
          a.apiKey(),
          a.secretKey(),
          a.passphrase(),
          a.usdt().toPlainString());
    }
    out.flush();
  }
}
