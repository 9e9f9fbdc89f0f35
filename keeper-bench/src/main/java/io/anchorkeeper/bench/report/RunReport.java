package io.anchorkeeper.bench.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * One scenario run's figures: a JSON file under the results directory (the whole distributions, the
 * parameters and the machine) and Markdown lines for {@code BENCHMARKS.md}, which are printed and
 * appended to {@code results/lines.md}.
 */
public final class RunReport {

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  private final String scenario;
  private final Instant startedAt = Instant.now();
  private final Map<String, Object> parameters = new LinkedHashMap<>();
  private final Map<String, Object> figures = new LinkedHashMap<>();
  private final List<String> lines = new ArrayList<>();

  public RunReport(String scenario) {
    this.scenario = scenario;
  }

  public RunReport parameter(String name, Object value) {
    parameters.put(name, value);
    return this;
  }

  public RunReport figure(String name, Object value) {
    figures.put(name, value instanceof Distribution d ? d.toMap() : value);
    return this;
  }

  /** A Markdown line (a table row or a sentence) for BENCHMARKS.md. */
  public RunReport line(String markdown) {
    lines.add(markdown);
    return this;
  }

  public Map<String, Object> figures() {
    return figures;
  }

  /** Writes {@code <dir>/<scenario>-<stamp>.json}, appends the lines; returns the JSON file. */
  public Path write(Path dir) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("scenario", scenario);
    json.put("startedAt", startedAt.toString());
    json.put("finishedAt", Instant.now().toString());
    json.put("machine", Machine.describe());
    json.put("parameters", parameters);
    json.put("figures", figures);
    json.put("benchmarksMd", lines);
    try {
      Files.createDirectories(dir);
      Path file = dir.resolve(scenario + "-" + STAMP.format(startedAt) + ".json");
      JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
      Files.writeString(file, mapper.writeValueAsString(json), StandardCharsets.UTF_8);
      Files.writeString(
          dir.resolve("lines.md"),
          "<!-- " + scenario + " " + startedAt + " -->\n" + String.join("\n", lines) + "\n",
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the results under " + dir, e);
    }
  }

  public List<String> lines() {
    return List.copyOf(lines);
  }
}
