package io.anchorkeeper.okx.emulator.engine;

/** OKX's codes and messages for the rejections the engine gives. */
public final class Errors {

  private Errors() {}

  public static OkxError param(String name) {
    return new OkxError("51000", "Parameter " + name + " error");
  }

  public static OkxError empty(String name) {
    return new OkxError("50014", "Parameter " + name + " can not be empty");
  }

  /** An order request whose {@code expTime} deadline had passed when it arrived. */
  public static OkxError expired() {
    return new OkxError(
        "50036",
        "The expTime can't be earlier than the current system time. Please adjust the expTime and"
            + " try again.");
  }

  public static OkxError noPermission() {
    return new OkxError("50030", "No permission to use this API");
  }

  public static OkxError instrumentMissing() {
    return new OkxError("51001", "Instrument ID does not exist");
  }

  public static OkxError unsupportedMode() {
    return new OkxError(
        "51010",
        "Operation not supported under the current account mode (emulator: isolated only)");
  }

  public static OkxError overTier() {
    return new OkxError(
        "51004", "Order failed. The order amount exceeds the limit of the current leverage tier");
  }

  public static OkxError insufficientMargin() {
    return new OkxError("51008", "Order failed. Insufficient USDT margin in account");
  }

  public static OkxError duplicateClOrdId() {
    return new OkxError("51016", "Duplicated clOrdId");
  }

  public static OkxError belowMinSz() {
    return new OkxError("51020", "Order amount should be greater than the min available amount");
  }

  public static OkxError closeOverAvailable() {
    return new OkxError("51112", "Close order size exceeds your available size");
  }

  public static OkxError notLotMultiple() {
    return new OkxError("51121", "Order count should be the integer multiples of the lot size");
  }

  public static OkxError noPositionToClose() {
    return new OkxError(
        "51169",
        "Order failed because you don't have any positions in this direction for this contract to"
            + " reduce or close");
  }

  public static OkxError reduceOnlySameDirection() {
    return new OkxError(
        "51170", "Failed to place a reduce-only order in the same direction as the position");
  }

  public static OkxError overMaxMarketSize() {
    return new OkxError("51202", "Market order amount exceeds the maximum amount");
  }

  public static OkxError overMaxLimitSize() {
    return new OkxError("51203", "Order amount exceeds the limit");
  }

  public static OkxError cancelFailed() {
    return new OkxError(
        "51400", "Cancellation failed as the order has been filled, canceled or does not exist");
  }

  public static OkxError orderMissing() {
    return new OkxError("51603", "Order does not exist");
  }

  public static OkxError insufficientBalance() {
    return new OkxError("58350", "Insufficient balance");
  }

  public static OkxError settingsBlocked() {
    return new OkxError(
        "59000", "Settings failed. Close any open positions or orders before modifying settings");
  }

  public static OkxError leverageBlockedByOrders() {
    return new OkxError(
        "59101", "Leverage can't be modified. Cancel all pending isolated margin orders first");
  }

  public static OkxError leverageTooHigh() {
    return new OkxError("59102", "Leverage exceeds the maximum leverage. Adjust the leverage");
  }

  public static OkxError leverageMarginShort() {
    return new OkxError("59103", "Account margin is insufficient for this leverage");
  }

  public static OkxError marginNoPosition() {
    return new OkxError("59300", "Margin adjustment failed. Position does not exist");
  }

  public static OkxError marginOverLimit() {
    return new OkxError("59301", "Margin adjustment exceeds the maximum limit");
  }

  public static OkxError marginPendingClose() {
    return new OkxError(
        "59302", "Margin adjustment failed because of pending close orders. Cancel them first");
  }
}
