package io.anchorkeeper.app.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.anchorkeeper.core.port.OrderReport;
import io.anchorkeeper.core.record.ExecutedOrder;
import io.anchorkeeper.core.record.MarginStep;
import io.anchorkeeper.core.record.ProcedureReport;
import io.anchorkeeper.core.record.ProcedureRequest;
import io.anchorkeeper.core.value.Contracts;
import io.anchorkeeper.core.value.Price;
import io.anchorkeeper.core.value.Usdt;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** A procedure's record as the API shows it: every field of SPEC section 6. */
public record RecordDto(
    @JsonProperty("id") String id,
    @JsonProperty("account_name") String accountName,
    @JsonProperty("inst_id") String instId,
    @JsonProperty("pos_side") String posSide,
    @JsonProperty("type") String type,
    @JsonProperty("trigger") String trigger,
    @JsonProperty("requested_by") String requestedBy,
    @JsonProperty("status") String status,
    @JsonProperty("summary") String summary,
    @JsonProperty("original_size") BigDecimal originalSize,
    @JsonProperty("steps") List<Step> steps,
    @JsonProperty("margin_steps") List<MarginStepDto> marginSteps,
    @JsonProperty("total_pnl") BigDecimal totalPnl,
    @JsonProperty("total_fees") BigDecimal totalFees,
    @JsonProperty("net_pnl") BigDecimal netPnl,
    @JsonProperty("fee_rate_percent") BigDecimal feeRatePercent,
    @JsonProperty("traded_notional") BigDecimal tradedNotional,
    @JsonProperty("remaining_size") BigDecimal remainingSize,
    @JsonProperty("remaining_margin") BigDecimal remainingMargin,
    @JsonProperty("count_before") int countBefore,
    @JsonProperty("count_after") int countAfter,
    @JsonProperty("started_at") Instant startedAt,
    @JsonProperty("finished_at") Instant finishedAt) {

  /** One order of a step. */
  public record Step(
      @JsonProperty("step") int step,
      @JsonProperty("purpose") String purpose,
      @JsonProperty("client_order_id") String clientOrderId,
      @JsonProperty("exchange_order_id") String exchangeOrderId,
      @JsonProperty("state") String state,
      @JsonProperty("requested_size") BigDecimal requestedSize,
      @JsonProperty("filled_size") BigDecimal filledSize,
      @JsonProperty("avg_price") BigDecimal avgPrice,
      @JsonProperty("fills") int fills,
      @JsonProperty("fee") BigDecimal fee,
      @JsonProperty("realized_pnl") BigDecimal realizedPnl) {

    static Step of(ExecutedOrder order) {
      OrderReport r = order.report();
      return new Step(
          order.step(),
          lower(order.purpose().name()),
          r.clientOrderId().value(),
          r.exchangeOrderId(),
          lower(r.state().name()),
          r.requested().value(),
          r.filled().value(),
          r.averagePrice().map(Price::value).orElse(null),
          r.fillCount(),
          r.feePaid().amount(),
          r.realisedPnl().amount());
    }
  }

  /** One margin change of a correction. */
  public record MarginStepDto(
      @JsonProperty("step") int step,
      @JsonProperty("direction") String direction,
      @JsonProperty("amount") BigDecimal amount,
      @JsonProperty("margin_before") BigDecimal marginBefore,
      @JsonProperty("margin_after") BigDecimal marginAfter,
      @JsonProperty("applied") boolean applied,
      @JsonProperty("refusal") String refusal,
      @JsonProperty("at") Instant at) {

    public static MarginStepDto of(MarginStep step) {
      return new MarginStepDto(
          step.step(),
          lower(step.change().direction().name()),
          step.change().amount().amount(),
          step.marginBefore().amount(),
          step.marginAfter().amount(),
          step.applied(),
          step.refusal().orElse(null),
          step.at());
    }
  }

  public static RecordDto of(ProcedureReport report) {
    ProcedureRequest request = report.request();
    return new RecordDto(
        request.id().value(),
        request.slot().id().account().value(),
        request.slot().id().instrument().value(),
        request.slot().id().side().code(),
        lower(request.type().name()),
        lower(request.trigger().source().name()),
        request.trigger().requestedBy(),
        lower(report.status().name()),
        report.summary(),
        report.originalSize().map(Contracts::value).orElse(null),
        report.orders().stream().map(Step::of).toList(),
        report.marginSteps().stream().map(MarginStepDto::of).toList(),
        report.totalPnl().amount(),
        report.totalFees().amount(),
        report.netPnl().amount(),
        report.feeRate().map(r -> r.percent(4)).orElse(null),
        report.tradedNotional().amount(),
        report.remainingSize().map(Contracts::value).orElse(null),
        report.remainingMargin().map(Usdt::amount).orElse(null),
        report.countBefore(),
        report.countAfter(),
        request.requestedAt(),
        report.finishedAt());
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
