package io.anchorkeeper.okx.emulator.rest;

import io.anchorkeeper.okx.emulator.clock.EmulatorClock;
import io.anchorkeeper.okx.emulator.engine.Engine;

/** Registers every OKX v5 REST route the emulator answers. */
public final class OkxRestApi {

  private OkxRestApi() {}

  public static Router routes(Engine engine, EmulatorClock clock) {
    Router router = new Router();
    new PublicEndpoints(engine).register(router);
    new MarketEndpoints(engine).register(router);
    new AccountEndpoints(engine).register(router);
    new TradeEndpoints(engine, clock).register(router);
    new TradeQueryEndpoints(engine).register(router);
    new FundsEndpoints(engine).register(router);
    return router;
  }

  /** The route that single orders are counted under (also for WebSocket orders). */
  public static Route orderRoute(Router router) {
    return router.route("POST", TradeEndpoints.ORDER);
  }
}
