package io.anchorkeeper.bench.keeper;

import io.anchorkeeper.app.KeeperApplication;
import io.anchorkeeper.app.engine.KeeperEngine;
import io.anchorkeeper.app.engine.PositionBook;
import io.anchorkeeper.app.engine.ProcedureRunner;
import io.anchorkeeper.app.engine.SlotRegistry;
import io.anchorkeeper.app.engine.SlotStatus;
import io.anchorkeeper.app.engine.SlotView;
import io.anchorkeeper.app.okx.OkxConnections;
import io.anchorkeeper.app.okx.OkxFeed;
import io.anchorkeeper.core.slot.AccountName;
import io.anchorkeeper.okx.client.WireTap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs the real keeper application with the bench's properties, a {@link KeeperTap} on its OKX
 * traffic and {@link ProcedureEvents} on its runner, then writes {@code ready} once every account's
 * private stream is up and read in full and the mark prices are subscribed. It runs until the
 * driver stops it (SIGTERM closes the application and flushes the event file).
 *
 * <p>Arguments: the event file, the properties file.
 */
public final class BenchKeeperMain {

  private BenchKeeperMain() {}

  public static void main(String[] args) throws InterruptedException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: BenchKeeperMain <event-file> <properties-file>");
    }
    EventLog log = new EventLog(Path.of(args[0]));
    Runtime.getRuntime().addShutdownHook(new Thread(log::close, "bench-event-log-close"));
    log.record(System.nanoTime(), "launched", "-");
    // As command-line arguments, the bench's properties outrank application.yml and the mode's
    // database default, as an operator's own settings would.
    String[] arguments =
        read(Path.of(args[1])).entrySet().stream()
            .map(e -> "--" + e.getKey() + "=" + e.getValue())
            .toArray(String[]::new);
    ProcedureEvents procedures = new ProcedureEvents(log);
    ConfigurableApplicationContext context =
        new SpringApplicationBuilder(KeeperApplication.class)
            .initializers(
                ctx -> {
                  ctx.getBeanFactory()
                      .registerSingleton("benchWireTap", (WireTap) new KeeperTap(log));
                  ctx.getBeanFactory().addBeanPostProcessor(firstListener(procedures));
                })
            .run(arguments);
    log.record(System.nanoTime(), "context", "-");
    awaitReady(context, log);
  }

  /**
   * Adds the listener to the runner as soon as the runner exists, before the engine adds its own:
   * listeners hear in order, and the engine's re-read of the position after each procedure must not
   * count in the procedure's time.
   */
  private static BeanPostProcessor firstListener(ProcedureEvents procedures) {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String name) {
        if (bean instanceof ProcedureRunner runner) {
          runner.addListener(procedures);
        }
        return bean;
      }
    };
  }

  private static void awaitReady(ConfigurableApplicationContext context, EventLog log)
      throws InterruptedException {
    SlotRegistry slots = context.getBean(SlotRegistry.class);
    PositionBook book = context.getBean(PositionBook.class);
    OkxConnections connections = context.getBean(OkxConnections.class);
    OkxFeed feed = context.getBean(OkxFeed.class);
    boolean polling = "polling".equals(context.getEnvironment().getProperty("keeper.engine.feed"));
    Collection<AccountName> accounts = slots.accounts();
    while (context.isActive()) {
      boolean synced = accounts.stream().allMatch(book::isSynced);
      boolean streams =
          polling
              || (connections.privateStreams().values().stream().filter(b -> b).count()
                      >= accounts.size()
                  && feed.readyPublicConnections() == feed.publicConnections());
      if (synced && streams) {
        log.record(System.nanoTime(), "ready", accounts.size() + " " + slots.all().size());
        logStatuses(context.getBean(KeeperEngine.class), log);
        return;
      }
      Thread.sleep(50);
    }
  }

  /** How many slots are in each status once ready (all should be normal before a trial). */
  private static void logStatuses(KeeperEngine engine, EventLog log) {
    Map<SlotStatus, Long> statuses =
        engine.views().stream()
            .collect(Collectors.groupingBy(SlotView::status, TreeMap::new, Collectors.counting()));
    log.record(
        System.nanoTime(), "statuses", statuses.toString().replace(" ", "").replace("=", ":"));
    engine.views().stream()
        .limit(3)
        .forEach(
            v ->
                log.record(
                    System.nanoTime(),
                    "slot",
                    v.config().id()
                        + " count:"
                        + v.config().maintenanceCount()
                        + " band:"
                        + v.band().toString().replace(" ", "")
                        + " margin:"
                        + v.position().map(p -> p.margin().toString().replace(" ", "")).orElse("-")
                        + " status:"
                        + v.status()));
  }

  private static Map<String, Object> read(Path file) {
    Properties properties = new Properties();
    try (InputStream in = Files.newInputStream(file)) {
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the keeper's properties " + file, e);
    }
    Map<String, Object> map = new HashMap<>();
    properties.forEach((k, v) -> map.put((String) k, v));
    return map;
  }
}
