package io.anchorkeeper.bench.scenario;

import java.util.Arrays;
import java.util.List;

/**
 * One line of the keeper's event file: {@code <nanoTime> <kind> <fields...>}.
 *
 * @param nanos the keeper's {@link System#nanoTime()} when it happened
 * @param kind {@code launched}, {@code context}, {@code ready}, {@code mark}, {@code order}, {@code
 *     started} or {@code finished}
 * @param fields the rest of the line, split at spaces
 */
public record KeeperEvent(long nanos, String kind, List<String> fields) {

  public static KeeperEvent parse(String line) {
    String[] parts = line.split(" ");
    if (parts.length < 2) {
      throw new IllegalArgumentException("not an event line: " + line);
    }
    return new KeeperEvent(
        Long.parseLong(parts[0]), parts[1], List.of(Arrays.copyOfRange(parts, 2, parts.length)));
  }

  public String field(int index) {
    return index < fields.size() ? fields.get(index) : "";
  }
}
