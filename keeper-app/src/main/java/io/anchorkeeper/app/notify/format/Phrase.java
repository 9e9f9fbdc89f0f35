package io.anchorkeeper.app.notify.format;

/**
 * Every word and sentence of the notification messages, in English and Chinese. The Chinese labels
 * follow the owner's current maintenance message (seed 000, section 4).
 */
enum Phrase implements Bilingual {
  TYPE_NORMAL_MAINTENANCE("Anchor normal maintenance", "锚点单普通维护"),
  TYPE_SUPER_MAINTENANCE("Anchor super maintenance", "锚点单超级维护"),
  TYPE_MARGIN_CORRECTION("Margin correction", "保证金纠正"),
  TYPE_AUTO_OPEN("Auto-open", "自动开仓"),
  TYPE_TAKE_PROFIT("Take-profit", "止盈"),
  TITLE_COMPLETED("{0} completed", "{0}通知"),
  TITLE_FAILED("{0} FAILED", "{0}失败"),
  TITLE_REFUSED("{0} REFUSED, nothing traded", "{0}被拒绝（未交易）"),

  INSTRUMENT("Instrument", "币种"),
  DIRECTION("Direction", "方向"),
  ACCOUNT("Account", "账户"),
  ORIGINAL_SIZE("Original size", "原始仓位"),
  TRIGGER("Trigger", "触发"),
  LONG("long", "做多"),
  SHORT("short", "做空"),
  MAIN_ACCOUNT("{0} (main account)", "{0}（主账户）"),
  SUB_ACCOUNT("{0} (sub-account)", "{0}（子账户）"),
  AUTO_TRIGGER("auto ({0})", "自动（{0}）"),
  MANUAL_TRIGGER("manual ({0})", "手动（{0}）"),
  CONTRACTS("{0} contracts", "{0} 张"),

  STEP_TITLE("Step {0} - {1}", "第{0}步-{1}"),
  STEP_CLOSE_OLD("close old position", "平掉旧持仓"),
  STEP_OPEN("open", "开仓详情"),
  STEP_TRIM("trim to target", "平仓到目标"),
  STEP_CLOSE("close", "平仓"),
  ORDER_N_OF_M("order {0} of {1}", "订单 {0}/{1}"),
  ORDER_ID("Order ID", "订单ID"),
  FILLED("Filled", "成交数量"),
  FILLED_OF("{0} of {1} contracts", "{0} / {1} 张"),
  AVERAGE_PRICE("Average price", "平均价格"),
  FILLS("Fills", "成交笔数"),
  FILL_COUNT("{0}", "{0}笔"),
  FEE("Fee", "手续费"),
  ORDER_STATE("Order state", "订单状态"),
  STATE_LIVE("live, nothing filled yet", "挂单中，尚未成交"),
  STATE_PARTIALLY_FILLED("partially filled, still working", "部分成交，仍在执行"),
  STATE_FILLED("filled", "全部成交"),
  STATE_CANCELED("canceled, the rest did not fill", "已撤销，剩余部分未成交"),
  PURPOSE("Purpose", "目的"),
  FREES_MARGIN("frees its margin", "释放保证金"),
  NONE("none", "无"),
  UNKNOWN("unknown", "未知"),

  TOTALS("PnL", "盈亏统计"),
  TOTAL_PNL("Total PnL", "总盈亏"),
  TOTAL_FEES("Fees", "手续费"),
  NET_PNL("Net PnL", "净盈亏"),
  FEE_RATE("Fee rate", "费率"),
  REMAINING("Remaining", "剩余仓位"),
  WITH_MARGIN("{0} (margin {1})", "{0}（保证金 {1}）"),
  COUNT("Maintenance count", "维护次数"),
  STATUS("Status", "状态"),
  STATUS_COMPLETED("✅ completed", "✅ 完成"),
  STATUS_FAILED("❌ failed", "❌ 失败"),
  STATUS_REFUSED("⛔ refused, nothing traded", "⛔ 已拒绝，未交易"),
  TIME("Time", "时间"),
  WHAT_HAPPENED("What happened", "情况"),
  LEFT_ON_EXCHANGE("Left on the exchange", "交易所剩余"),

  MARGIN_STEP_APPLIED("Step {0}: {1} {2}, margin {3} → {4}", "第{0}步: {1} {2}，保证金 {3} → {4}"),
  MARGIN_STEP_REFUSED(
      "Step {0}: {1} {2} refused, margin stays {3}: {4}", "第{0}步: {1} {2} 被拒绝，保证金仍为 {3}: {4}"),
  ADD("add", "增加"),
  REDUCE("reduce", "减少"),
  NO_MARGIN_STEPS("no margin change was made", "未调整保证金"),
  SUMMARY("Summary", "说明"),
  MARGIN_NOW("Margin now", "当前保证金"),

  OPENED_LINE(
      "Opened {0} of {1} contracts @ {2}, fills: {3}, fee {4}",
      "开仓 {0} / {1} 张 @ {2}（{3}笔），手续费 {4}"),
  CLOSED_LINE(
      "Closed {0} of {1} contracts @ {2}, fills: {3}, fee {4}",
      "平仓 {0} / {1} 张 @ {2}（{3}笔），手续费 {4}"),
  PNL_LINE("PnL {0}, net {1}", "盈亏 {0}，净盈亏 {1}"),
  POSITION_LINE("Position: {0}", "持仓: {0}"),
  COUNT_CHANGE("maintenance count {0} → {1}", "维护次数 {0} → {1}"),

  SEVERITY_INFO("INFO", "信息"),
  SEVERITY_NOTICE("NOTICE", "提醒"),
  SEVERITY_WARNING("WARNING", "警告"),
  SEVERITY_CRITICAL("CRITICAL", "严重"),
  ALERT_PROFIT_TIER("profit rate {0} reached the {1} tier", "收益率 {0} 已达到 {1} 档"),
  ALERT_MARGIN_OFF_BAND("margin {0} is off its target {1} by {2}", "保证金 {0} 偏离目标 {1} 达 {2}"),
  ALERT_PROCEDURE_FAILED("a procedure failed after trading began", "操作在开始交易后失败"),
  ALERT_PROCEDURE_REFUSED("a maintenance was refused before trading", "维护在交易前被拒绝"),
  ALERT_CAP_REACHED(
      "profit rate {0} is past the trigger {1} but the maintenance cap is reached: nothing is"
          + " traded",
      "收益率 {0} 已越过触发线 {1}，但维护次数已达上限：不会交易"),
  ALERT_OWNER_DECIDES(
      "profit rate {0} is past the trigger {1}: this main-account slot waits for you ({2})",
      "收益率 {0} 已越过触发线 {1}：主账户持仓等待您决定（{2}）"),
  ALERT_EXCHANGE_UNREACHABLE("the exchange cannot be reached", "无法连接交易所"),
  ALERT_RATE_LIMITED("the exchange is rate-limiting requests", "交易所正在限流"),

  RENDERING_FAILED(
      "A {0} notification could not be rendered ({1}); see the dashboard and the log.",
      "一条{0}通知无法生成（{1}），请查看控制台和日志。");

  private final String english;
  private final String chinese;

  Phrase(String english, String chinese) {
    this.english = english;
    this.chinese = chinese;
  }

  @Override
  public String english() {
    return english;
  }

  @Override
  public String chinese() {
    return chinese;
  }
}
