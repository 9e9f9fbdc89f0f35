package io.anchorkeeper.app.persistence;

import io.anchorkeeper.app.persistence.json.CoreJsonCodec;
import io.anchorkeeper.core.record.ExecutedOrder;
import io.anchorkeeper.core.record.MarginStep;
import io.anchorkeeper.core.record.ProcedureReport;
import io.anchorkeeper.core.value.Contracts;
import io.anchorkeeper.core.value.Price;
import io.anchorkeeper.core.value.Ratio;
import io.anchorkeeper.core.value.Usdt;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes a report into {@code procedure_reports}, {@code report_orders} and {@code
 * margin_adjustments}. It opens no transaction: {@link JdbcJournal#finish} calls it inside its own.
 */
final class ReportWriter {

  private final JdbcClient jdbc;
  private final CoreJsonCodec json;

  ReportWriter(JdbcClient jdbc, CoreJsonCodec json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  void insert(ProcedureReport report) {
    insertReport(report);
    List<ExecutedOrder> orders = report.orders();
    for (int i = 0; i < orders.size(); i++) {
      insertOrder(report, i + 1, orders.get(i));
    }
    List<MarginStep> steps = report.marginSteps();
    for (int i = 0; i < steps.size(); i++) {
      insertMarginStep(report, i + 1, steps.get(i));
    }
  }

  private void insertReport(ProcedureReport report) {
    var request = report.request();
    jdbc.sql(
            """
            insert into procedure_reports (procedure_id, account, inst_id, pos_side, type, status,
                trigger_source, requested_by, count_before, count_after, original_size,
                remaining_size, remaining_margin, total_pnl, total_fees, net_pnl, fee_rate,
                traded_notional, summary, started_at, finished_at, report)
            values (:id, :account, :instId, :posSide, :type, :status,
                :triggerSource, :requestedBy, :countBefore, :countAfter, :originalSize,
                :remainingSize, :remainingMargin, :totalPnl, :totalFees, :netPnl, :feeRate,
                :tradedNotional, :summary, :startedAt, :finishedAt, :report)
            """)
        .param("id", request.id().value())
        .params(Columns.slotKey(request.slot().id()))
        .param("type", request.type().name())
        .param("status", report.status().name())
        .param("triggerSource", request.trigger().source().name())
        .param("requestedBy", request.trigger().requestedBy())
        .param("countBefore", report.countBefore())
        .param("countAfter", report.countAfter())
        .param("originalSize", Columns.decimal(report.originalSize().map(Contracts::value)))
        .param("remainingSize", Columns.decimal(report.remainingSize().map(Contracts::value)))
        .param("remainingMargin", Columns.decimal(report.remainingMargin().map(Usdt::amount)))
        .param("totalPnl", Columns.decimal(report.totalPnl().amount()))
        .param("totalFees", Columns.decimal(report.totalFees().amount()))
        .param("netPnl", Columns.decimal(report.netPnl().amount()))
        .param("feeRate", Columns.decimal(report.feeRate().map(Ratio::value)))
        .param("tradedNotional", Columns.decimal(report.tradedNotional().amount()))
        .param("summary", report.summary())
        .param("startedAt", Columns.timestamp(request.requestedAt()))
        .param("finishedAt", Columns.timestamp(report.finishedAt()))
        .param("report", json.writeReport(report))
        .update();
  }

  private void insertOrder(ProcedureReport report, int seq, ExecutedOrder order) {
    var fill = order.report();
    jdbc.sql(
            """
            insert into report_orders (procedure_id, seq, step, purpose, client_order_id,
                exchange_order_id, state, requested, filled, average_price, fill_count, fee,
                realised_pnl)
            values (:id, :seq, :step, :purpose, :clientOrderId,
                :exchangeOrderId, :state, :requested, :filled, :averagePrice, :fillCount, :fee,
                :realisedPnl)
            """)
        .param("id", report.request().id().value())
        .param("seq", seq)
        .param("step", order.step())
        .param("purpose", order.purpose().name())
        .param("clientOrderId", fill.clientOrderId().value())
        .param("exchangeOrderId", fill.exchangeOrderId())
        .param("state", fill.state().name())
        .param("requested", Columns.decimal(fill.requested().value()))
        .param("filled", Columns.decimal(fill.filled().value()))
        .param("averagePrice", Columns.decimal(fill.averagePrice().map(Price::value)))
        .param("fillCount", fill.fillCount())
        .param("fee", Columns.decimal(fill.feePaid().amount()))
        .param("realisedPnl", Columns.decimal(fill.realisedPnl().amount()))
        .update();
  }

  private void insertMarginStep(ProcedureReport report, int seq, MarginStep step) {
    jdbc.sql(
            """
            insert into margin_adjustments (procedure_id, seq, account, inst_id, pos_side, step,
                direction, amount, margin_before, margin_after, applied, refusal, occurred_at)
            values (:id, :seq, :account, :instId, :posSide, :step,
                :direction, :amount, :marginBefore, :marginAfter, :applied, :refusal, :at)
            """)
        .param("id", report.request().id().value())
        .param("seq", seq)
        .params(Columns.slotKey(report.request().slot().id()))
        .param("step", step.step())
        .param("direction", step.change().direction().name())
        .param("amount", Columns.decimal(step.change().amount().amount()))
        .param("marginBefore", Columns.decimal(step.marginBefore().amount()))
        .param("marginAfter", Columns.decimal(step.marginAfter().amount()))
        .param("applied", step.applied())
        .param("refusal", Columns.text(step.refusal()))
        .param("at", Columns.timestamp(step.at()))
        .update();
  }
}
