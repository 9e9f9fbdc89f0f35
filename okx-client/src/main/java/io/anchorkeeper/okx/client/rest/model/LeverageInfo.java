package io.anchorkeeper.okx.client.rest.model;

import io.anchorkeeper.okx.client.json.OkxFields;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A leverage setting: the answer of {@code set-leverage} and the items of {@code leverage-info}.
 */
public record LeverageInfo(
    String instId, String mgnMode, String posSide, Optional<BigDecimal> lever) {

  public static LeverageInfo from(OkxFields f) {
    return new LeverageInfo(
        f.text("instId"), f.text("mgnMode"), f.text("posSide"), f.decimal("lever"));
  }
}
