package io.anchorkeeper.okx.emulator.instrument;

import io.anchorkeeper.okx.emulator.json.Json;
import io.anchorkeeper.okx.emulator.json.Num;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Reads instrument specs from JSON: {@code {"instruments":[{...OKX instrument fields...,
 * "initialPx":"...", "tiers":[{tier,minSz,maxSz,mmr,imr,maxLever}]}]}}. Numbers may be strings or
 * JSON numbers; unknown fields (such as {@code source} and {@code inferred}) are ignored.
 */
public final class InstrumentFile {

  /** The built-in catalogue on the class path. */
  public static final String DEFAULT_RESOURCE = "/okx-emulator/instruments.json";

  private InstrumentFile() {}

  public static List<Instrument> defaults() {
    try (InputStream in = InstrumentFile.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static List<Instrument> read(Path file) {
    try {
      return parse(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses a document with an {@code instruments} array, or a single instrument object. */
  public static List<Instrument> parse(String json) {
    JsonNode root =
        Json.parse(json).orElseThrow(() -> new IllegalArgumentException("not JSON: instruments"));
    JsonNode list = root.has("instruments") ? root.get("instruments") : root;
    List<Instrument> out = new ArrayList<>();
    if (list.isArray()) {
      list.forEach(node -> out.add(instrument(node)));
    } else {
      out.add(instrument(list));
    }
    return out;
  }

  /** One instrument object in the file's format. */
  public static Instrument instrument(JsonNode n) {
    String instId = text(n, "instId");
    List<Tier> tiers = new ArrayList<>();
    n.path("tiers")
        .forEach(
            t ->
                tiers.add(
                    new Tier(
                        Integer.parseInt(text(t, "tier")),
                        dec(t, "minSz"),
                        dec(t, "maxSz"),
                        dec(t, "mmr"),
                        dec(t, "imr"),
                        dec(t, "maxLever"))));
    String family =
        n.has("instFamily") ? text(n, "instFamily") : instId.substring(0, instId.length() - 5);
    return new Instrument(
        instId,
        family,
        dec(n, "ctVal"),
        text(n, "ctValCcy"),
        n.has("ctMult") ? dec(n, "ctMult") : BigDecimal.ONE,
        n.has("settleCcy") ? text(n, "settleCcy") : "USDT",
        dec(n, "lotSz"),
        dec(n, "minSz"),
        dec(n, "tickSz"),
        dec(n, "maxMktSz"),
        n.has("maxLmtSz") ? dec(n, "maxLmtSz") : new BigDecimal("100000000"),
        dec(n, "lever"),
        n.has("listTime") ? Long.parseLong(text(n, "listTime")) : 0L,
        dec(n, "initialPx"),
        tiers);
  }

  private static String text(JsonNode node, String field) {
    String value = Num.text(node.get(field));
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("instrument field missing: " + field);
    }
    return value;
  }

  private static BigDecimal dec(JsonNode node, String field) {
    return Num.parse(text(node, field))
        .orElseThrow(() -> new IllegalArgumentException("not a number: " + field));
  }
}
