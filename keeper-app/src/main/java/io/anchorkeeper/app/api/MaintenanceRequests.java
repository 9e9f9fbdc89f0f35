package io.anchorkeeper.app.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;

/** The seed's request bodies, plus an optional {@code account}. */
final class MaintenanceRequests {

  private MaintenanceRequests() {}

  /** {@code POST /api/anchor/super-maintain}. */
  record SuperMaintain(
      @JsonProperty("account") String account,
      @JsonProperty("inst_id") String instId,
      @JsonProperty("pos_side") String posSide,
      @JsonProperty("current_pos_size") BigDecimal currentPosSize,
      @JsonProperty("maintenance_amount") BigDecimal maintenanceAmount,
      @JsonProperty("target_margin") BigDecimal targetMargin) {}

  /** {@code POST /api/anchor/maintain-anchor}. */
  record MaintainAnchor(
      @JsonProperty("account") String account,
      @JsonProperty("inst_id") String instId,
      @JsonProperty("pos_side") String posSide,
      @JsonProperty("pos_size") BigDecimal posSize) {}

  /**
   * {@code POST /api/anchor/batch-maintain}: the slots, or none for every slot past its trigger.
   */
  record BatchMaintain(@JsonProperty("slots") List<SlotRequest> slots) {}

  /** {@code POST /api/anchor/correct-margin}, {@code /api/anchor/pause}, {@code /resume}. */
  record SlotRequest(
      @JsonProperty("account") String account,
      @JsonProperty("inst_id") String instId,
      @JsonProperty("pos_side") String posSide) {}
}
