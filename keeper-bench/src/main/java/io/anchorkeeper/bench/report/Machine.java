package io.anchorkeeper.bench.report;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** What a run ran on: CPU model and count, memory, OS and JVM. */
public final class Machine {

  private Machine() {}

  public static Map<String, Object> describe() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("cpu", cpuModel().orElse("unknown"));
    map.put("cores", Runtime.getRuntime().availableProcessors());
    map.put("memoryMiB", totalMemoryMiB().orElse(-1L));
    map.put(
        "os",
        System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + arch());
    map.put("jvm", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    map.put(
        "driverJvmArgs",
        String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
    return map;
  }

  /** "Intel Xeon ..., 2 cores, 24 GiB, JDK 17.0.15". */
  public static String brief() {
    Map<String, Object> m = describe();
    long mib = (Long) m.get("memoryMiB");
    return m.get("cpu")
        + ", "
        + m.get("cores")
        + " cores, "
        + (mib > 0 ? (mib + 512) / 1024 + " GiB" : "memory unknown")
        + ", Java "
        + System.getProperty("java.version");
  }

  private static String arch() {
    return System.getProperty("os.arch");
  }

  private static Optional<String> cpuModel() {
    return procLine(Path.of("/proc/cpuinfo"), "model name")
        .map(l -> l.substring(l.indexOf(':') + 1).strip());
  }

  private static Optional<Long> totalMemoryMiB() {
    return procLine(Path.of("/proc/meminfo"), "MemTotal")
        .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024);
  }

  private static Optional<String> procLine(Path file, String prefix) {
    try (var lines = Files.lines(file)) {
      return lines.filter(l -> l.startsWith(prefix)).findFirst();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
