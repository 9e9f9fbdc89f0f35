package io.anchorkeeper.okx.emulator.rest;

import static io.anchorkeeper.okx.emulator.ratelimit.RateRule.per2s;

import io.anchorkeeper.okx.emulator.engine.Engine;
import io.anchorkeeper.okx.emulator.engine.Errors;
import io.anchorkeeper.okx.emulator.instrument.Instrument;
import io.anchorkeeper.okx.emulator.instrument.Tier;
import io.anchorkeeper.okx.emulator.json.JsonObj;
import io.anchorkeeper.okx.emulator.ratelimit.RateScope;
import io.anchorkeeper.okx.emulator.wire.InstrumentJson;
import io.anchorkeeper.okx.emulator.wire.MarketJson;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code /api/v5/public/*}: instruments, mark price, server time, position tiers (and the empty
 * underlying list some clients ask for while loading markets). Only SWAP is listed; other instTypes
 * answer an empty list.
 */
final class PublicEndpoints {

  private static final String BASE = "/api/v5/public/";

  private final Engine engine;

  PublicEndpoints(Engine engine) {
    this.engine = engine;
  }

  void register(Router router) {
    router.add(
        Route.publicGet(
            BASE + "instruments", per2s(20, RateScope.IP_INST_TYPE), this::instruments));
    router.add(Route.publicGet(BASE + "mark-price", per2s(10, RateScope.IP_INST), this::markPrice));
    router.add(Route.publicGet(BASE + "time", per2s(10, RateScope.IP), this::time));
    router.add(Route.publicGet(BASE + "position-tiers", per2s(10, RateScope.IP), this::tiers));
    router.add(Route.publicGet(BASE + "underlying", per2s(20, RateScope.IP), this::underlying));
  }

  private ApiResponse instruments(ApiRequest r) {
    if (!isSwap(r)) {
      return ApiResponse.ok(List.of());
    }
    return ApiResponse.ok(swaps(r).stream().map(InstrumentJson::instrument).toList());
  }

  private ApiResponse markPrice(ApiRequest r) {
    if (!isSwap(r)) {
      return ApiResponse.ok(List.of());
    }
    List<Map<String, Object>> data = new ArrayList<>();
    for (Instrument i : swaps(r)) {
      engine.prices().quote(i.instId()).ifPresent(q -> data.add(MarketJson.markPrice(q)));
    }
    return ApiResponse.ok(data);
  }

  private ApiResponse time(ApiRequest r) {
    return ApiResponse.ok(List.of(JsonObj.create().ts("ts", engine.now()).map()));
  }

  private ApiResponse tiers(ApiRequest r) {
    if (!isSwap(r)) {
      return ApiResponse.ok(List.of());
    }
    String tdMode = r.required("tdMode");
    if (!"isolated".equals(tdMode) && !"cross".equals(tdMode)) {
      throw Errors.param("tdMode");
    }
    Optional<String> family = r.param("instFamily").or(() -> r.param("uly"));
    Set<String> families =
        Arrays.stream(family.orElseThrow(() -> Errors.empty("instFamily")).split(","))
            .map(String::trim)
            .collect(Collectors.toSet());
    Optional<String> tier = r.param("tier");
    List<Map<String, Object>> data = new ArrayList<>();
    for (Instrument i : engine.catalogue().all()) {
      if (!families.contains(i.instFamily())) {
        continue;
      }
      for (Tier t : i.tiers()) {
        if (tier.isEmpty() || tier.get().equals(Integer.toString(t.tier()))) {
          data.add(InstrumentJson.tier(i, t));
        }
      }
    }
    return ApiResponse.ok(data);
  }

  /** Families of the instType, as one inner list (OKX's shape); empty for anything but SWAP. */
  private ApiResponse underlying(ApiRequest r) {
    if (!isSwap(r)) {
      return ApiResponse.ok(List.of(List.of()));
    }
    return ApiResponse.ok(
        List.of(engine.catalogue().all().stream().map(Instrument::instFamily).distinct().toList()));
  }

  private static boolean isSwap(ApiRequest r) {
    return "SWAP".equals(r.required("instType"));
  }

  /** SWAP instruments filtered by the optional instId, instFamily and uly parameters. */
  private List<Instrument> swaps(ApiRequest r) {
    Optional<String> instId = r.param("instId");
    Optional<String> family = r.param("instFamily").or(() -> r.param("uly"));
    if (instId.isPresent() && engine.catalogue().find(instId.get()).isEmpty()) {
      throw Errors.instrumentMissing();
    }
    return engine.catalogue().all().stream()
        .filter(i -> instId.isEmpty() || i.instId().equals(instId.get()))
        .filter(i -> family.isEmpty() || i.instFamily().equals(family.get()))
        .toList();
  }
}
