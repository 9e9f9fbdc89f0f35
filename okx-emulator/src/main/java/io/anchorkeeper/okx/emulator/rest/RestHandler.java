package io.anchorkeeper.okx.emulator.rest;

import io.anchorkeeper.okx.emulator.auth.RestAuthenticator;
import io.anchorkeeper.okx.emulator.clock.EmulatorClock;
import io.anchorkeeper.okx.emulator.engine.Account;
import io.anchorkeeper.okx.emulator.engine.AccountRegistry;
import io.anchorkeeper.okx.emulator.engine.OkxError;
import io.anchorkeeper.okx.emulator.fault.FaultInjector;
import io.anchorkeeper.okx.emulator.fault.FaultRule;
import io.anchorkeeper.okx.emulator.fault.HttpFault;
import io.anchorkeeper.okx.emulator.http.QueryParams;
import io.anchorkeeper.okx.emulator.http.RequestLog;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.EofException;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OKX REST pipeline for every path (unknown ones answer OKX's 404): log the arrival, apply
 * faults (latency, an error instead), route (404), authenticate signed routes, count rate limits,
 * run the endpoint, then apply faults that strike after execution, and answer.
 */
public final class RestHandler extends Handler.Abstract {

  private static final Logger LOG = LoggerFactory.getLogger(RestHandler.class);

  private final Router router;
  private final RestAuthenticator authenticator;
  private final RateCheck rateCheck;
  private final FaultInjector faults;
  private final RequestLog log;
  private final AccountRegistry accounts;
  private final EmulatorClock clock;

  public RestHandler(
      Router router,
      RestAuthenticator authenticator,
      RateCheck rateCheck,
      FaultInjector faults,
      RequestLog log,
      AccountRegistry accounts,
      EmulatorClock clock) {
    this.router = router;
    this.authenticator = authenticator;
    this.rateCheck = rateCheck;
    this.faults = faults;
    this.log = log;
    this.accounts = accounts;
    this.clock = clock;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    long nanos = System.nanoTime();
    long micros = clock.micros();
    String path = request.getHttpURI().getPath();
    String method = request.getMethod();
    String pathAndQuery = request.getHttpURI().getPathQuery();
    String accountName =
        accounts.byApiKey(request.getHeaders().get("OK-ACCESS-KEY")).map(Account::name).orElse("");
    long seq = log.received(micros / 1000, micros, nanos, method, pathAndQuery, accountName);
    String body = Content.Source.asString(request, StandardCharsets.UTF_8);
    HttpFault fault = faults.forRequest(method, path, accountName);
    pause(fault.latencyMs());
    ApiResponse answer =
        fault.instead().isPresent()
            ? faultAnswer(fault.instead().get())
            : process(request, method, path, pathAndQuery, body, micros);
    Optional<FaultRule> after = fault.after();
    if (after.isPresent() && fault.instead().isEmpty()) {
      pause(after.get().holdMs());
      if (after.get().abort()) {
        log.completed(seq, 0, "abort");
        request.getConnectionMetaData().getConnection().getEndPoint().close();
        callback.failed(new EofException("connection dropped by a fault plan"));
        return true;
      }
      answer = faultAnswer(after.get());
    }
    log.completed(seq, answer.status(), answer.code());
    response.setStatus(answer.status());
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
    Content.Sink.write(response, true, answer.body(), callback);
    return true;
  }

  private ApiResponse process(
      Request request, String method, String path, String pathAndQuery, String body, long micros) {
    Optional<Route> route = router.find(method, path);
    if (route.isEmpty()) {
      return ApiResponse.notFound();
    }
    ApiRequest api =
        new ApiRequest(
            method,
            path,
            Request.getRemoteAddr(request),
            QueryParams.of(request),
            body,
            name -> request.getHeaders().get(name));
    try {
      if (route.get().signed()) {
        api.account(
            authenticator.authenticate(
                name -> request.getHeaders().get(name), method, pathAndQuery, body));
      }
      rateCheck.check(route.get(), api);
      return route.get().endpoint().handle(api);
    } catch (OkxError e) {
      return ApiResponse.error(e);
    } catch (RuntimeException e) {
      LOG.error("endpoint {} {} failed", method, path, e);
      return ApiResponse.error(new OkxError("50026", "System error. Try again later"));
    }
  }

  private static ApiResponse faultAnswer(FaultRule rule) {
    return ApiResponse.error(new OkxError(rule.codeOrDefault(), rule.msgOrDefault()))
        .withStatus(rule.statusOrDefault());
  }

  private static void pause(long millis) {
    if (millis <= 0) {
      return;
    }
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
