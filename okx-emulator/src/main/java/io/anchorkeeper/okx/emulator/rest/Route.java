package io.anchorkeeper.okx.emulator.rest;

import io.anchorkeeper.okx.emulator.ratelimit.RateRule;

/** One REST route: method, path, whether it must be signed, its OKX rate limit and handler. */
public record Route(
    String method,
    String path,
    boolean signed,
    RateRule rateRule,
    OrderCounting orderCounting,
    Endpoint endpoint) {

  public static Route publicGet(String path, RateRule rule, Endpoint endpoint) {
    return new Route("GET", path, false, rule, OrderCounting.NONE, endpoint);
  }

  public static Route get(String path, RateRule rule, Endpoint endpoint) {
    return new Route("GET", path, true, rule, OrderCounting.NONE, endpoint);
  }

  public static Route post(String path, RateRule rule, Endpoint endpoint) {
    return new Route("POST", path, true, rule, OrderCounting.NONE, endpoint);
  }

  public Route counting(OrderCounting counting) {
    return new Route(method, path, signed, rateRule, counting, endpoint);
  }
}
