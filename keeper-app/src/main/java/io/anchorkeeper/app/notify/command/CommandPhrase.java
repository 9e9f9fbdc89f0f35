package io.anchorkeeper.app.notify.command;

import io.anchorkeeper.app.notify.format.Bilingual;

/** The command replies this package writes itself, in English and Chinese (plain text). */
enum CommandPhrase implements Bilingual {
  HELP(
      "Anchor Keeper commands:\n"
          + "/status - overview\n"
          + "/slots - every anchor slot\n"
          + "/maintain <account> <instId> <long|short> - normal maintenance\n"
          + "/super <account> <instId> <long|short> - super maintenance\n"
          + "/pause <account> [<instId> <long|short>] - pause an account or one slot\n"
          + "/resume <account> [<instId> <long|short>] - resume it\n"
          + "/help - this list",
      "锚点单管家命令：\n"
          + "/status - 总览\n"
          + "/slots - 全部锚点持仓\n"
          + "/maintain <账户> <币种> <long|short> - 普通维护\n"
          + "/super <账户> <币种> <long|short> - 超级维护\n"
          + "/pause <账户> [<币种> <long|short>] - 暂停账户或单个持仓\n"
          + "/resume <账户> [<币种> <long|short>] - 恢复\n"
          + "/help - 本列表"),
  NOT_A_COMMAND("Commands start with /. /help lists them.", "命令以 / 开头。发送 /help 查看命令列表。"),
  UNKNOWN_COMMAND("Unknown command {0}. /help lists the commands.", "未知命令 {0}。发送 /help 查看命令列表。"),
  NO_ARGUMENTS("{0} takes no arguments.", "{0} 不需要参数。"),
  USAGE_SLOT("Usage: {0} <account> <instId> <long|short>", "用法: {0} <账户> <币种> <long|short>"),
  USAGE_TARGET("Usage: {0} <account> [<instId> <long|short>]", "用法: {0} <账户> [<币种> <long|short>]"),
  BAD_ARGUMENT("Invalid argument: {0}\n{1}", "参数错误: {0}\n{1}"),
  STALE_COMMAND(
      "Ignored {0}: it was sent at {1}, more than {2} s ago. Send it again if you still want it.",
      "已忽略 {0}：发送于 {1}，已超过 {2} 秒。如仍需执行请重新发送。"),
  UNAVAILABLE("The keeper engine does not take commands yet; /help works.", "引擎尚未接受命令；/help 可用。"),
  FAILED("{0} failed ({1}); the log has the details.", "{0} 执行失败（{1}），详见日志。");

  private final String english;
  private final String chinese;

  CommandPhrase(String english, String chinese) {
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
