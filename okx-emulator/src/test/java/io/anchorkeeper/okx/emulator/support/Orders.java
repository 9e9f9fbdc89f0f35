package io.anchorkeeper.okx.emulator.support;

import java.util.LinkedHashMap;
import java.util.Map;

/** Request bodies for orders, as a client would send them. */
public final class Orders {

  private Orders() {}

  public static Map<String, Object> market(String instId, String side, String posSide, String sz) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("instId", instId);
    o.put("tdMode", "isolated");
    o.put("side", side);
    o.put("posSide", posSide);
    o.put("ordType", "market");
    o.put("sz", sz);
    return o;
  }

  public static Map<String, Object> limit(
      String instId, String side, String posSide, String sz, String px) {
    Map<String, Object> o = market(instId, side, posSide, sz);
    o.put("ordType", "limit");
    o.put("px", px);
    return o;
  }

  public static Map<String, Object> with(Map<String, Object> order, String key, Object value) {
    Map<String, Object> o = new LinkedHashMap<>(order);
    if (value == null) {
      o.remove(key);
    } else {
      o.put(key, value);
    }
    return o;
  }
}
