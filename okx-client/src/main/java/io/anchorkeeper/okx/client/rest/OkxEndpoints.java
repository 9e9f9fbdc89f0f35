package io.anchorkeeper.okx.client.rest;

import static io.anchorkeeper.okx.client.ratelimit.LimitScope.IP;
import static io.anchorkeeper.okx.client.ratelimit.LimitScope.UID;

import io.anchorkeeper.okx.client.ratelimit.LimitScope;
import io.anchorkeeper.okx.client.ratelimit.RateLimitRule;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The endpoints this client calls, with OKX's published limits (okx-v5-facts.md section 3; all per
 * 2 s unless stated). "UID + instrument" limits are split by {@code instId}.
 */
public final class OkxEndpoints {
  /**
   * New orders (single and batch, counted per order) of one account: at most 1,000 per 2 s across
   * all instruments; OKX answers 50061 above it.
   */
  public static final RateLimitRule ORDER_CAP =
      RateLimitRule.per2s("sub-account-order-cap", 1000, UID);

  public static final Endpoint INSTRUMENTS =
      publicGet("/api/v5/public/instruments", 20, "instType");
  public static final Endpoint MARK_PRICE = publicGet("/api/v5/public/mark-price", 10, "instId");
  public static final Endpoint POSITION_TIERS =
      publicGet("/api/v5/public/position-tiers", 10, null);
  public static final Endpoint TIME = publicGet("/api/v5/public/time", 10, null);
  public static final Endpoint TICKER = publicGet("/api/v5/market/ticker", 20, null);
  public static final Endpoint CANDLES = publicGet("/api/v5/market/candles", 40, null);
  public static final Endpoint HISTORY_CANDLES =
      publicGet("/api/v5/market/history-candles", 20, null);
  public static final Endpoint MARK_PRICE_CANDLES =
      publicGet("/api/v5/market/mark-price-candles", 20, null);
  public static final Endpoint HISTORY_MARK_PRICE_CANDLES =
      publicGet("/api/v5/market/history-mark-price-candles", 20, null);

  public static final Endpoint BALANCE = read("/api/v5/account/balance", 10);
  public static final Endpoint POSITIONS = read("/api/v5/account/positions", 10);
  public static final Endpoint ACCOUNT_CONFIG = read("/api/v5/account/config", 5);
  public static final Endpoint SET_POSITION_MODE = write("/api/v5/account/set-position-mode", 5);
  public static final Endpoint SET_ISOLATED_MODE = write("/api/v5/account/set-isolated-mode", 5);
  public static final Endpoint SET_LEVERAGE = write("/api/v5/account/set-leverage", 20);
  public static final Endpoint LEVERAGE_INFO = read("/api/v5/account/leverage-info", 20);
  public static final Endpoint MARGIN_BALANCE =
      write("/api/v5/account/position/margin-balance", 20);
  public static final Endpoint MAX_SIZE = read("/api/v5/account/max-size", 20);
  public static final Endpoint MAX_AVAIL_SIZE = read("/api/v5/account/max-avail-size", 20);
  public static final Endpoint TRADE_FEE = read("/api/v5/account/trade-fee", 5);

  public static final Endpoint PLACE_ORDER =
      new Endpoint(
          HttpMethod.POST,
          "/api/v5/trade/order",
          true,
          true,
          List.of(uidPerInstrument("POST /api/v5/trade/order", 60), ORDER_CAP));
  public static final Endpoint BATCH_ORDERS =
      new Endpoint(
          HttpMethod.POST,
          "/api/v5/trade/batch-orders",
          true,
          true,
          List.of(uidPerInstrument("POST /api/v5/trade/batch-orders", 300), ORDER_CAP));

  /** OKX counts a one-order batch against the single-order limit, not the batch limit. */
  public static final Endpoint BATCH_OF_ONE_ORDER =
      new Endpoint(HttpMethod.POST, "/api/v5/trade/batch-orders", true, true, PLACE_ORDER.limits());

  public static final Endpoint CANCEL_ORDER = writePerInstrument("/api/v5/trade/cancel-order", 60);
  public static final Endpoint CLOSE_POSITION =
      writePerInstrument("/api/v5/trade/close-position", 20);
  public static final Endpoint GET_ORDER =
      new Endpoint(
          HttpMethod.GET,
          "/api/v5/trade/order",
          true,
          false,
          List.of(uidPerInstrument("GET /api/v5/trade/order", 60)));
  public static final Endpoint ORDERS_PENDING = read("/api/v5/trade/orders-pending", 60);
  public static final Endpoint ORDERS_HISTORY = read("/api/v5/trade/orders-history", 40);
  public static final Endpoint FILLS = read("/api/v5/trade/fills", 60);
  public static final Endpoint FILLS_HISTORY = read("/api/v5/trade/fills-history", 10);

  public static final Endpoint SUBACCOUNT_LIST = read("/api/v5/users/subaccount/list", 2);
  public static final Endpoint SUBACCOUNT_BALANCES = read("/api/v5/account/subaccount/balances", 6);

  /** 2 requests per second per account and currency. */
  public static final Endpoint TRANSFER =
      new Endpoint(
          HttpMethod.POST,
          "/api/v5/asset/transfer",
          true,
          true,
          List.of(
              new RateLimitRule(
                  "POST /api/v5/asset/transfer",
                  2,
                  Duration.ofSeconds(1),
                  UID,
                  Optional.of("ccy"))));

  /** 10 requests per second per account. */
  public static final Endpoint TRANSFER_STATE =
      new Endpoint(
          HttpMethod.GET,
          "/api/v5/asset/transfer-state",
          true,
          false,
          List.of(
              new RateLimitRule(
                  "GET /api/v5/asset/transfer-state",
                  10,
                  Duration.ofSeconds(1),
                  UID,
                  Optional.empty())));

  private OkxEndpoints() {}

  /** Every endpoint above, for documentation and tests. */
  public static List<Endpoint> all() {
    return List.of(
        INSTRUMENTS,
        MARK_PRICE,
        POSITION_TIERS,
        TIME,
        TICKER,
        CANDLES,
        HISTORY_CANDLES,
        MARK_PRICE_CANDLES,
        HISTORY_MARK_PRICE_CANDLES,
        BALANCE,
        POSITIONS,
        ACCOUNT_CONFIG,
        SET_POSITION_MODE,
        SET_ISOLATED_MODE,
        SET_LEVERAGE,
        LEVERAGE_INFO,
        MARGIN_BALANCE,
        MAX_SIZE,
        MAX_AVAIL_SIZE,
        TRADE_FEE,
        PLACE_ORDER,
        BATCH_ORDERS,
        CANCEL_ORDER,
        CLOSE_POSITION,
        GET_ORDER,
        ORDERS_PENDING,
        ORDERS_HISTORY,
        FILLS,
        FILLS_HISTORY,
        SUBACCOUNT_LIST,
        SUBACCOUNT_BALANCES,
        TRANSFER,
        TRANSFER_STATE);
  }

  private static Endpoint publicGet(String path, int permits, String splitBy) {
    RateLimitRule rule = RateLimitRule.per2s("GET " + path, permits, IP);
    return new Endpoint(
        HttpMethod.GET,
        path,
        false,
        false,
        List.of(splitBy == null ? rule : rule.perValueOf(splitBy)));
  }

  private static Endpoint read(String path, int permits) {
    return new Endpoint(HttpMethod.GET, path, true, false, List.of(uid("GET " + path, permits)));
  }

  private static Endpoint write(String path, int permits) {
    return new Endpoint(HttpMethod.POST, path, true, true, List.of(uid("POST " + path, permits)));
  }

  private static Endpoint writePerInstrument(String path, int permits) {
    return new Endpoint(
        HttpMethod.POST, path, true, true, List.of(uidPerInstrument("POST " + path, permits)));
  }

  private static RateLimitRule uid(String bucket, int permits) {
    return RateLimitRule.per2s(bucket, permits, LimitScope.UID);
  }

  private static RateLimitRule uidPerInstrument(String bucket, int permits) {
    return uid(bucket, permits).perValueOf("instId");
  }
}
