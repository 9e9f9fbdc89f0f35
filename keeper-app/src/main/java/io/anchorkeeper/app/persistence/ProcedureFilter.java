package io.anchorkeeper.app.persistence;

import io.anchorkeeper.core.instrument.InstrumentId;
import io.anchorkeeper.core.slot.AccountName;
import io.anchorkeeper.core.slot.PositionSide;

/** Turns a {@link ProcedureQuery} into a {@code where} clause over aliased tables. */
final class ProcedureFilter {

  private ProcedureFilter() {}

  /**
   * @param slotTable alias of the table whose slot columns are filtered, e.g. {@code "p"}
   * @param typeTable alias of the table with {@code type} and {@code status}
   * @param timeColumn the qualified column the time range applies to
   */
  static SqlWhere where(
      ProcedureQuery query, String slotTable, String typeTable, String timeColumn) {
    return new SqlWhere()
        .equal(slotTable + ".account", query.account().map(AccountName::value))
        .equal(slotTable + ".inst_id", query.instrument().map(InstrumentId::value))
        .equal(slotTable + ".pos_side", query.side().map(PositionSide::code))
        .inNames(typeTable + ".type", query.types())
        .inNames(typeTable + ".status", query.statuses())
        .atOrAfter(timeColumn, query.from())
        .before(timeColumn, query.until());
  }
}
