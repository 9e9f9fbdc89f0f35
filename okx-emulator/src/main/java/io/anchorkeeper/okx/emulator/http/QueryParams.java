package io.anchorkeeper.okx.emulator.http;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.Fields;

/** Decoded query parameters of a request (the first value of each name). */
public final class QueryParams {

  private QueryParams() {}

  public static Map<String, String> of(Request request) {
    Fields fields = Request.extractQueryParameters(request, StandardCharsets.UTF_8);
    Map<String, String> out = new HashMap<>();
    for (Fields.Field field : fields) {
      out.put(field.getName(), field.getValue());
    }
    return out;
  }
}
