package io.anchorkeeper.okx.client.rest.model;

import io.anchorkeeper.okx.client.json.OkxFields;
import java.time.Instant;
import java.util.Optional;

/** An item of {@code users/subaccount/list} (master key only). */
public record SubAccount(
    String subAcct,
    String uid,
    String label,
    String type,
    Optional<Boolean> enable,
    Optional<Boolean> canTransOut,
    Optional<Instant> ts) {

  public static SubAccount from(OkxFields f) {
    return new SubAccount(
        f.text("subAcct"),
        f.text("uid"),
        f.text("label"),
        f.text("type"),
        f.bool("enable"),
        f.bool("canTransOut"),
        f.millis("ts"));
  }
}
