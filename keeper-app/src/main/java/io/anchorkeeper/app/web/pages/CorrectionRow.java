package io.anchorkeeper.app.web.pages;

import io.anchorkeeper.app.api.RecordDto;
import io.anchorkeeper.app.persistence.MarginAdjustment;

/** One margin step of the correction log, with the slot and procedure it belongs to. */
public record CorrectionRow(String procedureId, String slot, RecordDto.MarginStepDto step) {

  public static CorrectionRow of(MarginAdjustment adjustment) {
    return new CorrectionRow(
        adjustment.procedure().value(),
        adjustment.slot().toString(),
        RecordDto.MarginStepDto.of(adjustment.step()));
  }
}
