package io.anchorkeeper.app.okx;

import static org.assertj.core.api.Assertions.assertThat;

import io.anchorkeeper.core.port.ExchangeException;
import io.anchorkeeper.core.port.RejectReason;
import io.anchorkeeper.okx.client.error.OkxException;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The error table of docs/okx-adapter.md, code by code and kind by kind. */
class ExchangeErrorsTest {

  private static final String ORDER = "POST /api/v5/trade/order";

  @Test
  void okxRefusalCodesMapToTheKeepersReasons() {
    Map<String, RejectReason> table =
        Map.ofEntries(
            Map.entry("51008", RejectReason.INSUFFICIENT_MARGIN),
            Map.entry("51127", RejectReason.INSUFFICIENT_MARGIN),
            Map.entry("51131", RejectReason.INSUFFICIENT_MARGIN),
            Map.entry("51020", RejectReason.INVALID_SIZE),
            Map.entry("51121", RejectReason.INVALID_SIZE),
            Map.entry("51201", RejectReason.INVALID_SIZE),
            Map.entry("51202", RejectReason.INVALID_SIZE),
            Map.entry("51169", RejectReason.NO_POSITION),
            Map.entry("51023", RejectReason.NO_POSITION),
            Map.entry("51043", RejectReason.NO_POSITION),
            Map.entry("59300", RejectReason.NO_POSITION),
            Map.entry("59301", RejectReason.MARGIN_LIMIT_EXCEEDED),
            Map.entry("59101", RejectReason.LEVERAGE_REFUSED),
            Map.entry("59102", RejectReason.LEVERAGE_REFUSED),
            Map.entry("59112", RejectReason.LEVERAGE_REFUSED),
            Map.entry("51010", RejectReason.ACCOUNT_MODE),
            Map.entry("59000", RejectReason.ACCOUNT_MODE),
            Map.entry("51000", RejectReason.INVALID_REQUEST),
            Map.entry("50014", RejectReason.INVALID_REQUEST),
            Map.entry("51001", RejectReason.INVALID_REQUEST),
            Map.entry("51004", RejectReason.OTHER),
            Map.entry("54109", RejectReason.OTHER));
    table.forEach(
        (code, reason) -> {
          ExchangeException mapped = ExchangeErrors.map("placing", rejected(code));
          assertThat(mapped).as(code).isInstanceOf(ExchangeException.Rejected.class);
          ExchangeException.Rejected r = (ExchangeException.Rejected) mapped;
          assertThat(r.reason()).as(code).isEqualTo(reason);
          assertThat(r.code()).isEqualTo(code);
          assertThat(r.getMessage()).startsWith("placing: ").contains(code);
        });
  }

  @Test
  void anExpiredOrderIsUnavailableSoTheCoreSendsItAgainAndSaysItDidNotExecute() {
    for (String code : new String[] {"50036", "50037"}) {
      ExchangeException mapped = ExchangeErrors.map("placing x", rejected(code));
      assertThat(mapped).as(code).isInstanceOf(ExchangeException.Unavailable.class);
      assertThat(mapped.retryable()).isTrue();
      assertThat(mapped.getMessage()).contains("not executed");
    }
  }

  @Test
  void transientFailuresStayTransientAndUnknownOutcomesStayUnknown() {
    assertThat(ExchangeErrors.map("x", new OkxException.RateLimited(ORDER, "50011", "slow down")))
        .isInstanceOf(ExchangeException.RateLimited.class);
    assertThat(
            ExchangeErrors.map(
                "x", new OkxException.Unavailable(ORDER, "50001", "maintenance", null)))
        .isInstanceOf(ExchangeException.Unavailable.class);
    assertThat(
            ExchangeErrors.map(
                "x",
                new OkxException.OutcomeUnknown(
                    ORDER, null, "no response", Optional.of("abc"), null)))
        .isInstanceOf(ExchangeException.OutcomeUnknown.class);
  }

  @Test
  void aStaleClockMayBeRetriedButABadKeyMayNot() {
    assertThat(
            ExchangeErrors.map(
                "x", new OkxException.AuthenticationFailed(ORDER, "50102", "expired")))
        .isInstanceOf(ExchangeException.Unavailable.class);

    ExchangeException badKey =
        ExchangeErrors.map(
            "x", new OkxException.AuthenticationFailed(ORDER, "50113", "Invalid Sign"));
    assertThat(badKey).isInstanceOf(ExchangeException.Rejected.class);
    assertThat(badKey.retryable()).isFalse();
    assertThat(((ExchangeException.Rejected) badKey).code()).isEqualTo("50113");
  }

  @Test
  void anyFailureAfterOkxAcceptedAnOrderIsAnUnknownOutcome() {
    ExchangeException.OutcomeUnknown e =
        ExchangeErrors.afterAcceptance(
            "placing x", new OkxException.Unavailable(ORDER, null, "timeout", null));

    assertThat(e.getMessage()).contains("accepted by OKX");
    assertThat(e.retryable()).isFalse();
  }

  private static OkxException.Rejected rejected(String code) {
    return new OkxException.Rejected(ORDER, code, "message of " + code, Optional.of("abc"));
  }
}
