package io.anchorkeeper.okx.client.rest;

import io.anchorkeeper.okx.client.rest.RestTransport.ItemFailures;
import io.anchorkeeper.okx.client.rest.model.Balance;
import io.anchorkeeper.okx.client.rest.model.SubAccount;
import io.anchorkeeper.okx.client.rest.model.TransferRequest;
import io.anchorkeeper.okx.client.rest.model.TransferResult;
import io.anchorkeeper.okx.client.rest.model.TransferState;
import java.util.List;
import java.util.Optional;

/**
 * Sub-account management and transfers. Listing and sub-account balances need the master key;
 * sub-accounts trade only with their own keys (a client per key).
 */
public final class SubAccountApi {
  private final RestTransport transport;

  SubAccountApi(RestTransport transport) {
    this.transport = transport;
  }

  /**
   * One page of sub-accounts (at most 100).
   *
   * @param after epoch ms cursor: sub-accounts created before it (the next page)
   */
  public List<SubAccount> list(Optional<Long> after, int limit) {
    if (limit < 1 || limit > 100) {
      throw new IllegalArgumentException("limit must be 1 to 100: " + limit);
    }
    return transport.call(
        OkxEndpoints.SUBACCOUNT_LIST,
        RestPayload.query(
            RequestParams.create()
                .putIfPresent("after", after)
                .put("limit", Integer.toString(limit))),
        ItemFailures.THROW,
        SubAccount::from);
  }

  /** A sub-account's trading-account balance (master key). */
  public Balance tradingBalance(String subAcct) {
    return transport.callOne(
        OkxEndpoints.SUBACCOUNT_BALANCES,
        RestPayload.query(RequestParams.create().put("subAcct", subAcct)),
        Balance::from);
  }

  /** Starts a transfer; confirm it with {@link #transferState}. */
  public TransferResult transfer(TransferRequest request) {
    return transport.callOne(
        OkxEndpoints.TRANSFER, RestPayload.body(request.toParams()), TransferResult::from);
  }

  /**
   * The state of a transfer by OKX's {@code transId} or by the caller's {@code clientId}.
   *
   * @param idField {@code transId} or {@code clientId}
   */
  public Optional<TransferState> transferState(String idField, String id) {
    if (!idField.equals("transId") && !idField.equals("clientId")) {
      throw new IllegalArgumentException("A transfer is named by transId or clientId: " + idField);
    }
    return transport
        .call(
            OkxEndpoints.TRANSFER_STATE,
            RestPayload.query(RequestParams.create().put(idField, id)),
            ItemFailures.THROW,
            TransferState::from)
        .stream()
        .findFirst();
  }
}
