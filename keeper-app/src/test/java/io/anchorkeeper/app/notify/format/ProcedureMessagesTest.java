package io.anchorkeeper.app.notify.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.anchorkeeper.app.notify.NotificationFixtures;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Margin corrections, auto-opens and take-profits. */
class ProcedureMessagesTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private final MessageFormatter english = new MessageFormatter(Language.EN, SHANGHAI);
  private final MessageFormatter chinese = new MessageFormatter(Language.ZH, SHANGHAI);

  @Test
  void listsEachStepOfACorrectionWithTheMarginBeforeAndAfter() {
    assertThat(english.render(NotificationFixtures.correction()))
        .isEqualTo(
            """
            ⚖️ <b>Margin correction completed</b>

            📍 <b>Instrument</b>: CRO-USDT-SWAP
            📊 <b>Direction</b>: long
            👤 <b>Account</b>: Wu666666 (sub-account)
            🎯 <b>Trigger</b>: auto (rule:margin_band)

            • Step 1: reduce 5.0000 USDT, margin 20.2900 USDT → 15.2900 USDT
            • Step 2: reduce 5.0000 USDT, margin 15.2900 USDT → 10.2900 USDT
            📝 <b>Summary</b>: 2 steps; margin 10.29 USDT is inside 9.50-10.50 USDT
            💼 <b>Margin now</b>: 10.2900 USDT
            📌 <b>Status</b>: ✅ completed

            ⏰ Time: 2025-12-31 15:00:00""");
  }

  @Test
  void listsACorrectionInChinese() {
    assertThat(chinese.render(NotificationFixtures.correction()))
        .startsWith("⚖️ <b>保证金纠正通知</b>\n")
        .contains("• 第1步: 减少 5.0000 USDT，保证金 20.2900 USDT → 15.2900 USDT\n")
        .contains("💼 <b>当前保证金</b>: 10.2900 USDT\n📌 <b>状态</b>: ✅ 完成")
        .endsWith("⏰ 时间: 2025-12-31 15:00:00");
  }

  @Test
  void showsARefusedCorrectionStepWithTheExchangesReason() {
    assertThat(english.render(NotificationFixtures.failedCorrection()))
        .startsWith(
            """
            🚨 <b>Margin correction FAILED</b>

            ❗ <b>What happened</b>: 1 step; the exchange refuses even a step of 2.50 USDT
            📦 <b>Left on the exchange</b>: 108 contracts (margin 15.2900 USDT)
            """)
        .contains(
            """
            • Step 1: reduce 5.0000 USDT, margin 20.2900 USDT → 15.2900 USDT
            • Step 2: reduce 2.5000 USDT refused, margin stays 15.2900 USDT: 59301 Margin \
            adjustment exceeds the maximum reducible amount
            💼 <b>Margin now</b>: 15.2900 USDT
            📌 <b>Status</b>: ❌ failed""");
  }

  @Test
  void keepsAnAutoOpenShort() {
    assertThat(english.render(NotificationFixtures.autoOpen()))
        .isEqualTo(
            """
            🆕 <b>Auto-open completed</b>
            👤 Wu666666 · CRO-USDT-SWAP · long
            • Opened 101 of 101 contracts @ 0.0989, fills: 1, fee 0.0499 USDT
            • Position: 101 contracts (margin 9.9889 USDT)
            ⏰ Time: 2025-12-31 15:00:00""");
    assertThat(chinese.render(NotificationFixtures.autoOpen()))
        .isEqualTo(
            """
            🆕 <b>自动开仓通知</b>
            👤 Wu666666 · CRO-USDT-SWAP · 做多
            • 开仓 101 / 101 张 @ 0.0989（1笔），手续费 0.0499 USDT
            • 持仓: 101 张（保证金 9.9889 USDT）
            ⏰ 时间: 2025-12-31 15:00:00""");
  }

  @Test
  void keepsATakeProfitShortWithItsPnlAndTheCountReset() {
    assertThat(english.render(NotificationFixtures.takeProfit()))
        .isEqualTo(
            """
            💵 <b>Take-profit completed</b>
            👤 Wu666666 · CRO-USDT-SWAP · long
            • Closed 101 of 101 contracts @ 0.1019, fills: 1, fee 0.0515 USDT
            • PnL +3.0300 USDT, net +2.9785 USDT
            • Position: 0 contracts (margin 0.0000 USDT); maintenance count 2 → 0
            ⏰ Time: 2025-12-31 15:00:00""");
    assertThat(chinese.render(NotificationFixtures.takeProfit()))
        .isEqualTo(
            """
            💵 <b>止盈通知</b>
            👤 Wu666666 · CRO-USDT-SWAP · 做多
            • 平仓 101 / 101 张 @ 0.1019（1笔），手续费 0.0515 USDT
            • 盈亏 +3.0300 USDT，净盈亏 +2.9785 USDT
            • 持仓: 0 张（保证金 0.0000 USDT）; 维护次数 2 → 0
            ⏰ 时间: 2025-12-31 15:00:00""");
  }

  @Test
  void showsTimesInTheConfiguredZone() {
    MessageFormatter utc = new MessageFormatter(Language.EN, ZoneId.of("UTC"));

    assertThat(utc.render(NotificationFixtures.autoOpen())).endsWith("⏰ Time: 2025-12-31 07:00:00");
  }
}
