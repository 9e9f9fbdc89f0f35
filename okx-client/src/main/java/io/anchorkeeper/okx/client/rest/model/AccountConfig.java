package io.anchorkeeper.okx.client.rest.model;

import io.anchorkeeper.okx.client.json.OkxFields;

/**
 * {@code GET /api/v5/account/config}. {@code uid != mainUid} means a sub-account's key; {@code
 * acctLv} "2" is futures mode; {@code posMode} is {@code long_short_mode} or {@code net_mode};
 * {@code ctIsoMode} {@code automatic} moves isolated margin automatically.
 */
public record AccountConfig(
    String uid,
    String mainUid,
    String acctLv,
    String posMode,
    String ctIsoMode,
    String mgnIsoMode,
    String acctStpMode,
    String level,
    String label,
    String perm) {

  public static AccountConfig from(OkxFields f) {
    return new AccountConfig(
        f.text("uid"),
        f.text("mainUid"),
        f.text("acctLv"),
        f.text("posMode"),
        f.text("ctIsoMode"),
        f.text("mgnIsoMode"),
        f.text("acctStpMode"),
        f.text("level"),
        f.text("label"),
        f.text("perm"));
  }

  public boolean isSubAccount() {
    return !uid.isEmpty() && !uid.equals(mainUid);
  }
}
