package io.anchorkeeper.okx.emulator.rest;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Routes by method and exact path. */
public final class Router {

  private final Map<String, Route> routes = new ConcurrentHashMap<>();

  public Router add(Route route) {
    routes.put(route.method() + ' ' + route.path(), route);
    return this;
  }

  public Optional<Route> find(String method, String path) {
    return Optional.ofNullable(routes.get(method + ' ' + path));
  }

  /** The route registered for {@code method} and {@code path}; throws when none (wiring error). */
  public Route route(String method, String path) {
    return find(method, path).orElseThrow(() -> new IllegalArgumentException(method + " " + path));
  }
}
