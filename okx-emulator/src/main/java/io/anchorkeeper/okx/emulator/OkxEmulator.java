package io.anchorkeeper.okx.emulator;

import io.anchorkeeper.okx.emulator.auth.RestAuthenticator;
import io.anchorkeeper.okx.emulator.auth.WsLoginVerifier;
import io.anchorkeeper.okx.emulator.clock.EmulatorClock;
import io.anchorkeeper.okx.emulator.clock.TaskScheduler;
import io.anchorkeeper.okx.emulator.control.ControlHandler;
import io.anchorkeeper.okx.emulator.control.EmulatorControl;
import io.anchorkeeper.okx.emulator.engine.Engine;
import io.anchorkeeper.okx.emulator.fault.FaultInjector;
import io.anchorkeeper.okx.emulator.http.RequestLog;
import io.anchorkeeper.okx.emulator.instrument.Instrument;
import io.anchorkeeper.okx.emulator.instrument.InstrumentCatalogue;
import io.anchorkeeper.okx.emulator.market.CandleReplay;
import io.anchorkeeper.okx.emulator.market.PriceBook;
import io.anchorkeeper.okx.emulator.market.PriceFeed;
import io.anchorkeeper.okx.emulator.market.PriceSource;
import io.anchorkeeper.okx.emulator.ratelimit.RateLimiter;
import io.anchorkeeper.okx.emulator.rest.OkxRestApi;
import io.anchorkeeper.okx.emulator.rest.RateCheck;
import io.anchorkeeper.okx.emulator.rest.RestHandler;
import io.anchorkeeper.okx.emulator.rest.Router;
import io.anchorkeeper.okx.emulator.ws.WsHub;
import io.anchorkeeper.okx.emulator.ws.WsKind;
import io.anchorkeeper.okx.emulator.ws.WsOrderOps;
import io.anchorkeeper.okx.emulator.ws.WsRequests;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;

/**
 * An OKX v5-compatible exchange on 127.0.0.1: REST under {@code /api/v5/}, WebSocket under {@code
 * /ws/v5/{public,private,business}}, control under {@code /emulator/v1/}.
 *
 * <pre>{@code
 * try (OkxEmulator emu = OkxEmulator.builder().port(0).seed(42).build().start()) {
 *   emu.control().createAccount(AccountSpec.main("main", key, secret, passphrase, usdt));
 *   // point an OKX client at emu.baseUrl(), emu.wsPublicUrl(), emu.wsPrivateUrl()
 * }
 * }</pre>
 */
public final class OkxEmulator implements AutoCloseable {

  private static final String HOST = "127.0.0.1";

  private final EmulatorClock clock;
  private final Engine engine;
  private final TaskScheduler scheduler;
  private final EmulatorControl control;
  private final WsHub hub;
  private final Server server;
  private final ServerConnector connector;

  OkxEmulator(OkxEmulatorBuilder b) {
    this.clock = b.clock;
    InstrumentCatalogue catalogue =
        new InstrumentCatalogue(new ArrayList<>(b.instruments.values()));
    PriceBook prices = new PriceBook(clock);
    this.engine = new Engine(clock, catalogue, prices, b.settings, b.seed);
    PriceFeed feed = new PriceFeed(catalogue, prices, b.seed, b.volatility);
    for (Instrument inst : catalogue.all()) {
      listPrice(b, feed, inst);
    }
    this.scheduler = new TaskScheduler(clock);
    FaultInjector faults = new FaultInjector();
    RequestLog log = new RequestLog(b.requestLogCapacity);
    RateLimiter limiter = new RateLimiter();
    Router router = OkxRestApi.routes(engine, clock);
    RateCheck rateCheck =
        new RateCheck(limiter, clock, b.rateLimits, OkxRestApi.orderRoute(router));
    this.hub = new WsHub(engine, clock, faults, b.wsIdleTimeout);
    engine.addListener(hub);
    prices.addListener(hub);
    WsOrderOps orderOps =
        new WsOrderOps(
            hub,
            engine,
            clock,
            rateCheck,
            log,
            new WsOrderOps.Routes(
                OkxRestApi.orderRoute(router),
                router.route("POST", "/api/v5/trade/batch-orders"),
                router.route("POST", "/api/v5/trade/cancel-order")));
    hub.requests(
        new WsRequests(
            hub,
            engine,
            new WsLoginVerifier(engine.accounts(), clock, b.timestampWindow),
            orderOps));
    this.control = new EmulatorControl(engine, feed, scheduler, faults, hub, log, limiter);
    scheduler.every(b.priceStep, feed::step);
    scheduler.every(b.snapshotInterval, hub::periodicSnapshots);
    scheduler.every(Duration.ofSeconds(10), hub::markPriceHeartbeat);
    scheduler.every(Duration.ofSeconds(1), hub::closeIdle);
    b.accounts.forEach(control::createAccount);

    QueuedThreadPool pool = new QueuedThreadPool(200, 4);
    pool.setName("okx-emulator");
    pool.setDaemon(true);
    this.server = new Server(pool);
    this.connector = new ServerConnector(server, 1, 1);
    connector.setHost(HOST);
    connector.setPort(b.port);
    server.addConnector(connector);
    RestHandler rest =
        new RestHandler(
            router,
            new RestAuthenticator(engine.accounts(), clock, b.timestampWindow),
            rateCheck,
            faults,
            log,
            engine.accounts(),
            clock);
    WebSocketUpgradeHandler ws =
        WebSocketUpgradeHandler.from(
            server,
            container -> {
              container.setIdleTimeout(Duration.ofDays(1));
              container.setMaxTextMessageSize(1 << 20);
              for (WsKind kind : WsKind.values()) {
                container.addMapping(kind.path(), (req, resp, cb) -> hub.create(kind));
              }
            });
    ws.setHandler(new Handler.Sequence(new ControlHandler(control), rest));
    server.setHandler(ws);
  }

  private static void listPrice(OkxEmulatorBuilder b, PriceFeed feed, Instrument inst) {
    String id = inst.instId();
    BigDecimal start = b.startPrices.getOrDefault(id, inst.initialPx());
    if (b.replays.containsKey(id)) {
      CandleReplay replay = CandleReplay.fromCsv(b.replays.get(id));
      feed.list(inst, replay, b.startPrices.getOrDefault(id, replay.first()));
    } else if (b.fixedPrices) {
      feed.list(inst, PriceSource.fixed(), start);
    } else {
      feed.listWalking(inst, start);
    }
  }

  public static OkxEmulatorBuilder builder() {
    return new OkxEmulatorBuilder();
  }

  /** Starts the HTTP/WebSocket server and, on the system clock, the scheduler. */
  public OkxEmulator start() {
    try {
      server.start();
    } catch (Exception e) {
      throw new IllegalStateException("the emulator could not start", e);
    }
    scheduler.start();
    return this;
  }

  /** The bound port (after {@link #start()}). */
  public int port() {
    return connector.getLocalPort();
  }

  /** REST base URL, e.g. {@code http://127.0.0.1:8099}; OKX paths start with {@code /api/v5/}. */
  public String baseUrl() {
    return "http://" + HOST + ":" + port();
  }

  public String wsPublicUrl() {
    return wsUrl(WsKind.PUBLIC);
  }

  public String wsPrivateUrl() {
    return wsUrl(WsKind.PRIVATE);
  }

  public String wsBusinessUrl() {
    return wsUrl(WsKind.BUSINESS);
  }

  private String wsUrl(WsKind kind) {
    return "ws://" + HOST + ":" + port() + kind.path();
  }

  public EmulatorControl control() {
    return control;
  }

  public Engine engine() {
    return engine;
  }

  public EmulatorClock clock() {
    return clock;
  }

  public int openWebSockets() {
    return hub.openConnections();
  }

  /** Blocks until the server stops (for the standalone command). */
  public void join() throws InterruptedException {
    server.join();
  }

  @Override
  public void close() {
    scheduler.close();
    try {
      server.stop();
    } catch (Exception e) {
      throw new IllegalStateException("the emulator did not stop cleanly", e);
    }
  }
}
