package io.anchorkeeper.okx.client.rest;

import java.util.Objects;

/**
 * The REST client of one account (one API key), or of public data only. Create it with {@code
 * OkxClientFactory}; all clients of a factory share the HTTP client, the server-time offset and the
 * rate-limit registry.
 */
public final class OkxRestClient {
  private final PublicDataApi publicData;
  private final AccountApi account;
  private final TradeApi trade;
  private final SubAccountApi subAccounts;

  public OkxRestClient(RestTransport transport) {
    Objects.requireNonNull(transport);
    this.publicData = new PublicDataApi(transport);
    this.account = new AccountApi(transport);
    this.trade = new TradeApi(transport);
    this.subAccounts = new SubAccountApi(transport);
  }

  public PublicDataApi publicData() {
    return publicData;
  }

  public AccountApi account() {
    return account;
  }

  public TradeApi trade() {
    return trade;
  }

  public SubAccountApi subAccounts() {
    return subAccounts;
  }
}
