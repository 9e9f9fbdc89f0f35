package io.anchorkeeper.app.security;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * One route of the HTTP API, as Spring MVC maps it. Read from the handler mapping, so a route added
 * later is covered by every test that goes through {@link #all}.
 *
 * @param pattern the mapped path, e.g. {@code /api/procedures/{id}}
 */
public record ApiRoute(String method, String pattern) {

  /** Every {@code /api/**} route, sorted; a mapping without a method counts as each method. */
  public static List<ApiRoute> all(RequestMappingHandlerMapping mapping) {
    return mapping.getHandlerMethods().keySet().stream()
        .flatMap(ApiRoute::routes)
        .filter(r -> r.pattern().startsWith("/api/"))
        .distinct()
        .sorted(Comparator.comparing(ApiRoute::pattern).thenComparing(ApiRoute::method))
        .toList();
  }

  private static Stream<ApiRoute> routes(RequestMappingInfo info) {
    Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
    List<RequestMethod> each =
        methods.isEmpty()
            ? List.of(
                RequestMethod.GET, RequestMethod.POST, RequestMethod.PUT, RequestMethod.DELETE)
            : List.copyOf(methods);
    return info.getPatternValues().stream()
        .flatMap(p -> each.stream().map(m -> new ApiRoute(m.name(), p)));
  }

  /** A path that matches the pattern, every variable filled with {@code 1}. */
  public String path() {
    return pattern.replaceAll("\\{[^}]+}", "1");
  }

  /** Whether the route changes something (anything but GET and HEAD). */
  public boolean mutates() {
    return !method.equals("GET") && !method.equals("HEAD");
  }

  /** Whether only the owner's login may call it (token management). */
  public boolean ownerOnly() {
    return pattern.startsWith("/api/tokens");
  }

  @Override
  public String toString() {
    return method + " " + pattern;
  }
}
