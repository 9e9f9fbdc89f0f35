package io.anchorkeeper.bench.scenario;

import io.anchorkeeper.bench.keeper.BenchKeeperMain;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * The keeper under test in its own JVM ({@link BenchKeeperMain}), so that its CPU time and heap are
 * its own and not the emulator's or the driver's. Its event file is followed as it grows.
 */
public final class KeeperProcess implements AutoCloseable {

  private final Process process;
  private final Path events;
  private final Path log;
  private final List<KeeperEvent> seen = new CopyOnWriteArrayList<>();
  private BufferedReader reader;
  private final StringBuilder partial = new StringBuilder();

  private KeeperProcess(Process process, Path events, Path log) {
    this.process = process;
    this.events = events;
    this.log = log;
  }

  /**
   * Starts the keeper with {@code properties} (written to a file beside the event file) and the
   * given JVM options, e.g. {@code -Xmx512m}.
   */
  public static KeeperProcess launch(
      Path dir, String name, Map<String, String> properties, List<String> jvmOptions) {
    try {
      Files.createDirectories(dir);
      Path props = dir.resolve(name + ".properties");
      Properties p = new Properties();
      p.putAll(properties);
      if (!properties.containsKey("spring.datasource.url")) {
        Path database = dir.resolve(name + "-db").toAbsolutePath();
        Files.deleteIfExists(Path.of(database + ".mv.db"));
        Files.deleteIfExists(Path.of(database + ".trace.db"));
        p.put("spring.datasource.url", "jdbc:h2:file:" + database + ";LOCK_TIMEOUT=10000");
        p.put("spring.datasource.username", "sa");
      }
      try (var out = Files.newBufferedWriter(props, StandardCharsets.UTF_8)) {
        p.store(out, "keeper-bench: " + name + " (made-up keys for the emulator only)");
      }
      Path events = dir.resolve(name + ".events");
      Path log = dir.resolve(name + ".log");
      Files.deleteIfExists(events);
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.addAll(jvmOptions);
      command.add("-cp");
      command.add(System.getProperty("java.class.path"));
      command.add(BenchKeeperMain.class.getName());
      command.add(events.toString());
      command.add(props.toString());
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      // A driver stopped by a signal takes its keeper with it.
      Runtime.getRuntime()
          .addShutdownHook(new Thread(process::destroy, "bench-keeper-stop-" + process.pid()));
      return new KeeperProcess(process, events, log);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the keeper", e);
    }
  }

  public long pid() {
    return process.pid();
  }

  /** The keeper's CPU time so far (user + system). */
  public Duration cpuTime() {
    return process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
  }

  /** The keeper's peak resident memory (VmHWM), when the OS tells. */
  public Optional<Long> peakRssMiB() {
    try (var lines = Files.lines(Path.of("/proc", Long.toString(pid()), "status"))) {
      return lines
          .filter(l -> l.startsWith("VmHWM:"))
          .findFirst()
          .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Reads what the keeper wrote since the last call; returns every event seen so far. */
  public synchronized List<KeeperEvent> events() {
    try {
      if (reader == null) {
        if (!Files.exists(events)) {
          return seen;
        }
        reader = Files.newBufferedReader(events, StandardCharsets.UTF_8);
      }
      char[] buffer = new char[8192];
      int n;
      while ((n = reader.read(buffer)) > 0) {
        partial.append(buffer, 0, n);
        int newline;
        while ((newline = partial.indexOf("\n")) >= 0) {
          String line = partial.substring(0, newline).strip();
          partial.delete(0, newline + 1);
          if (!line.isEmpty()) {
            seen.add(KeeperEvent.parse(line));
          }
        }
      }
      return seen;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the keeper's events " + events, e);
    }
  }

  /** Waits for the first event (since index {@code from}) that matches; fails after timeout. */
  public KeeperEvent await(int from, Predicate<KeeperEvent> match, Duration timeout, String what)
      throws InterruptedException {
    return awaitOptional(from, match, timeout)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "the keeper did not report "
                        + what
                        + " within "
                        + timeout
                        + (process.isAlive() ? "" : " (it exited; see " + log + ")")));
  }

  public Optional<KeeperEvent> awaitOptional(
      int from, Predicate<KeeperEvent> match, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      List<KeeperEvent> all = events();
      for (int i = from; i < all.size(); i++) {
        if (match.test(all.get(i))) {
          return Optional.of(all.get(i));
        }
      }
      if (System.nanoTime() > deadline || !process.isAlive()) {
        return Optional.empty();
      }
      Thread.sleep(20);
    }
  }

  public int eventCount() {
    return events().size();
  }

  public Path logFile() {
    return log;
  }

  /** Stops the keeper as SIGTERM does (the application closes and flushes its event file). */
  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
      events();
      if (reader != null) {
        reader.close();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
