package io.anchorkeeper.app.okx;

import io.anchorkeeper.core.port.RejectReason;
import java.util.Map;
import java.util.Set;

/**
 * OKX's refusal codes in the keeper's terms. One table for both adapters (over HTTP and over the
 * emulator's engine), so the same refusal means the same thing to the procedures.
 */
public final class RejectReasons {

  private static final Map<RejectReason, Set<String>> CODES =
      Map.of(
          RejectReason.INSUFFICIENT_MARGIN, Set.of("51008", "51127", "51131", "58350"),
          RejectReason.INVALID_SIZE, Set.of("51020", "51121", "51201", "51202", "51203"),
          RejectReason.NO_POSITION, Set.of("51169", "51023", "51043", "59300"),
          RejectReason.MARGIN_LIMIT_EXCEEDED, Set.of("59301"),
          RejectReason.LEVERAGE_REFUSED,
              Set.of("59101", "59102", "59103", "59108", "59109", "59112"),
          RejectReason.ACCOUNT_MODE, Set.of("51010", "59000", "59002"),
          RejectReason.INVALID_REQUEST,
              Set.of("50014", "50015", "50016", "51000", "51001", "51016"));

  private RejectReasons() {}

  /** The reason for an OKX code; {@link RejectReason#OTHER} for any code not in the table. */
  public static RejectReason of(String code) {
    for (Map.Entry<RejectReason, Set<String>> entry : CODES.entrySet()) {
      if (entry.getValue().contains(code)) {
        return entry.getKey();
      }
    }
    return RejectReason.OTHER;
  }
}
