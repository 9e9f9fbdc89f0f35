package io.anchorkeeper.bench.keeper;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The keeper's timestamps as lines of an event file ({@code <nanoTime> <kind> <fields...>}),
 * written by a background thread so that the threads being measured only pay for a queue offer.
 * {@link System#nanoTime()} is the machine's monotonic clock, the same in the driver's JVM, so the
 * driver can set these against its own and the emulator's stamps.
 */
public final class EventLog implements AutoCloseable {

  private final BlockingQueue<String> queue = new ArrayBlockingQueue<>(1 << 16);
  private final BufferedWriter out;
  private final Thread writer;
  private volatile boolean closed;
  private volatile long dropped;

  public EventLog(Path file) {
    try {
      this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the event file " + file, e);
    }
    this.writer = new Thread(this::drain, "bench-event-log");
    writer.setDaemon(true);
    writer.start();
  }

  /** Records one event stamped {@code nanoTime}; fields must not contain line breaks. */
  public void record(long nanoTime, String kind, String fields) {
    if (!queue.offer(nanoTime + " " + kind + " " + fields)) {
      dropped++;
    }
  }

  private void drain() {
    try {
      while (!closed || !queue.isEmpty()) {
        String line = queue.poll(100, TimeUnit.MILLISECONDS);
        if (line == null) {
          out.flush();
          continue;
        }
        out.write(line);
        out.newLine();
      }
      if (dropped > 0) {
        out.write(System.nanoTime() + " dropped " + dropped);
        out.newLine();
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    closed = true;
    try {
      writer.join(5_000);
      out.close();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
