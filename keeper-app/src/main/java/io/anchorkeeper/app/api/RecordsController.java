package io.anchorkeeper.app.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.anchorkeeper.app.persistence.AlertQuery;
import io.anchorkeeper.app.persistence.AlertRepository;
import io.anchorkeeper.app.persistence.MarginAdjustment;
import io.anchorkeeper.app.persistence.ProcedureQuery;
import io.anchorkeeper.app.persistence.ReportRepository;
import io.anchorkeeper.app.persistence.SavedAlert;
import io.anchorkeeper.core.id.ProcedureId;
import io.anchorkeeper.core.instrument.InstrumentId;
import io.anchorkeeper.core.notify.Alert;
import io.anchorkeeper.core.notify.Severity;
import io.anchorkeeper.core.record.ProcedureType;
import io.anchorkeeper.core.slot.AccountName;
import io.anchorkeeper.core.slot.SlotId;
import io.anchorkeeper.core.value.Ratio;
import io.anchorkeeper.core.value.Usdt;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Maintenance records, the margin-correction log, procedures and alerts, newest first. */
@RestController
class RecordsController {

  private final ReportRepository reports;
  private final AlertRepository alerts;

  RecordsController(ReportRepository reports, AlertRepository alerts) {
    this.reports = reports;
    this.alerts = alerts;
  }

  @GetMapping("/api/maintenance-records")
  Map<String, Object> maintenanceRecords(
      @RequestParam Optional<String> account,
      @RequestParam(name = "inst_id") Optional<String> instId,
      @RequestParam(defaultValue = "100") int limit) {
    ProcedureQuery query =
        query(account, instId, limit)
            .withTypes(ProcedureType.NORMAL_MAINTENANCE, ProcedureType.SUPER_MAINTENANCE);
    List<RecordDto> records = reports.list(query).stream().map(RecordDto::of).toList();
    return Map.of("records", records, "count", records.size());
  }

  @GetMapping("/api/procedures")
  Map<String, Object> procedures(
      @RequestParam Optional<String> account,
      @RequestParam(name = "inst_id") Optional<String> instId,
      @RequestParam(defaultValue = "100") int limit) {
    List<RecordDto> records =
        reports.list(query(account, instId, limit)).stream().map(RecordDto::of).toList();
    return Map.of("records", records, "count", records.size());
  }

  @GetMapping("/api/procedures/{id}")
  ResponseEntity<?> procedure(@PathVariable String id) {
    RequestFields fields = new RequestFields();
    Optional<ProcedureId> procedure = fields.required("id", id, ProcedureId::parse);
    fields.throwIfInvalid();
    return reports
        .find(procedure.get())
        .<ResponseEntity<?>>map(r -> ResponseEntity.ok(RecordDto.of(r)))
        .orElseGet(
            () -> ResponseEntity.ok(Map.of("procedure_id", id, "status", "running or unknown")));
  }

  @GetMapping("/api/margin-adjustments")
  Map<String, Object> marginAdjustments(
      @RequestParam Optional<String> account,
      @RequestParam(name = "inst_id") Optional<String> instId,
      @RequestParam(defaultValue = "100") int limit) {
    List<Adjustment> rows =
        reports.marginAdjustments(query(account, instId, limit)).stream()
            .map(Adjustment::of)
            .toList();
    return Map.of("adjustments", rows, "count", rows.size());
  }

  @GetMapping("/api/alerts")
  Map<String, Object> alerts(
      @RequestParam Optional<String> account,
      @RequestParam(name = "min_severity") Optional<String> minSeverity,
      @RequestParam(defaultValue = "100") int limit) {
    RequestFields fields = new RequestFields();
    Optional<AccountName> name = fields.optional("account", account.orElse(null), AccountName::of);
    Optional<Severity> severity =
        fields.optional(
            "min_severity",
            minSeverity.orElse(null),
            s -> Severity.valueOf(s.toUpperCase(Locale.ROOT)));
    fields.check(limit >= 1 && limit <= 1000, "limit must be 1 to 1000, was " + limit);
    fields.throwIfInvalid();
    AlertQuery query = AlertQuery.newest(limit);
    query = name.map(query::withAccount).orElse(query);
    query = severity.map(query::withMinSeverity).orElse(query);
    List<AlertDto> rows = alerts.list(query).stream().map(AlertDto::of).toList();
    return Map.of("alerts", rows, "count", rows.size());
  }

  private static ProcedureQuery query(
      Optional<String> account, Optional<String> instId, int limit) {
    RequestFields fields = new RequestFields();
    Optional<AccountName> name = fields.optional("account", account.orElse(null), AccountName::of);
    Optional<InstrumentId> instrument =
        fields.optional("inst_id", instId.orElse(null), InstrumentId::of);
    fields.check(limit >= 1 && limit <= 1000, "limit must be 1 to 1000, was " + limit);
    fields.throwIfInvalid();
    ProcedureQuery query = ProcedureQuery.newest(limit);
    query = name.map(query::withAccount).orElse(query);
    return instrument.map(query::withInstrument).orElse(query);
  }

  /** One margin step in the corrections log. */
  record Adjustment(
      @JsonProperty("procedure_id") String procedureId,
      @JsonProperty("account_name") String accountName,
      @JsonProperty("inst_id") String instId,
      @JsonProperty("pos_side") String posSide,
      @JsonProperty("step") RecordDto.MarginStepDto step) {

    static Adjustment of(MarginAdjustment a) {
      SlotId slot = a.slot();
      return new Adjustment(
          a.procedure().value(),
          slot.account().value(),
          slot.instrument().value(),
          slot.side().code(),
          RecordDto.MarginStepDto.of(a.step()));
    }
  }

  /** One alert. */
  record AlertDto(
      @JsonProperty("id") long id,
      @JsonProperty("kind") String kind,
      @JsonProperty("severity") String severity,
      @JsonProperty("account_name") String accountName,
      @JsonProperty("inst_id") String instId,
      @JsonProperty("pos_side") String posSide,
      @JsonProperty("profit_rate") BigDecimal profitRate,
      @JsonProperty("threshold") BigDecimal threshold,
      @JsonProperty("margin") BigDecimal margin,
      @JsonProperty("target") BigDecimal target,
      @JsonProperty("detail") String detail,
      @JsonProperty("at") Instant at) {

    static AlertDto of(SavedAlert saved) {
      Alert a = saved.alert();
      return new AlertDto(
          saved.id(),
          a.kind().name().toLowerCase(Locale.ROOT),
          a.severity().name().toLowerCase(Locale.ROOT),
          a.slot().map(s -> s.account().value()).orElse(null),
          a.slot().map(s -> s.instrument().value()).orElse(null),
          a.slot().map(s -> s.side().code()).orElse(null),
          a.profitRate().map(r -> r.percent(2)).orElse(null),
          a.threshold().map(Ratio::percent).orElse(null),
          a.margin().map(Usdt::amount).orElse(null),
          a.target().map(Usdt::amount).orElse(null),
          a.detail(),
          a.at());
    }
  }
}
