package io.anchorkeeper.okx.emulator.rest;

/** The HTTP status OKX's error table gives each code (okx-v5-facts.md section 4). */
final class HttpStatuses {

  private HttpStatuses() {}

  static int forCode(String code) {
    if (code.startsWith("501")) {
      return 401;
    }
    return switch (code) {
      case "50011", "50013", "51113" -> 429;
      case "50001" -> 503;
      case "50026", "51054", "51149" -> 500;
      case "50000", "50002", "50004", "50014", "50015", "50016", "51000" -> 400;
      default -> 200;
    };
  }
}
