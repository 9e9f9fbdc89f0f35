package io.anchorkeeper.app.notify.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.anchorkeeper.app.notify.NotificationFixtures;
import io.anchorkeeper.core.notify.ProcedureFinished;
import io.anchorkeeper.core.plan.OrderPurpose;
import io.anchorkeeper.core.record.ExecutedOrder;
import io.anchorkeeper.core.record.ProcedureReport;
import io.anchorkeeper.core.record.ProcedureStatus;
import io.anchorkeeper.core.record.ProcedureType;
import io.anchorkeeper.core.slot.AnchorSlot;
import io.anchorkeeper.core.slot.SlotId;
import io.anchorkeeper.core.value.Contracts;
import io.anchorkeeper.core.value.Usdt;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MaintenanceMessageTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private final MessageFormatter english = new MessageFormatter(Language.EN, SHANGHAI);
  private final MessageFormatter chinese = new MessageFormatter(Language.ZH, SHANGHAI);

  @Test
  void rendersSuperMaintenanceInTheSeedsLayoutInEnglish() {
    assertThat(english.render(NotificationFixtures.superMaintenance()))
        .isEqualTo(
            """
            🔧 <b>Anchor super maintenance completed</b>

            📍 <b>Instrument</b>: CRO-USDT-SWAP
            📊 <b>Direction</b>: long
            👤 <b>Account</b>: Wu666666 (sub-account)
            💼 <b>Original size</b>: 108 contracts
            🎯 <b>Trigger</b>: auto (rule:trigger_loss)

            <b>🔵 Step 1 - close old position</b>:
            • Order ID: <code>mjtfz0g003k7q2x9w1v5rt0101</code> / <code>2913402851930292224</code>
            • Filled: 108 of 108 contracts
            • Average price: 0.0989
            • Fills: 1
            • Fee: 0.0534 USDT
            • Purpose: frees its margin

            <b>🟢 Step 2 - open</b>:
            • Order ID: <code>mjtfz0g003k7q2x9w1v5rt0201</code> / <code>2913402853167611904</code>
            • Filled: 1011 of 1011 contracts
            • Average price: 0.0989
            • Fills: 2
            • Fee: 0.4999 USDT

            <b>🔴 Step 3 - trim to target</b>:
            • Order ID: <code>mjtfz0g003k7q2x9w1v5rt0301</code> / <code>2913402854291685376</code>
            • Filled: 910 of 910 contracts
            • Average price: 0.0988
            • Fills: 1
            • Fee: 0.4495 USDT

            <b>💰 PnL</b>:
            • Total PnL: -1.9900 USDT
            • Fees: 1.0029 USDT
            • Net PnL: -2.9929 USDT
            • Fee rate: 0.0500%
            • Remaining: 101 contracts (margin 9.9889 USDT)
            • Maintenance count: 0 → 1
            • Status: ✅ completed

            ⏰ Time: 2025-12-31 15:00:00""");
  }

  @Test
  void rendersSuperMaintenanceInTheSeedsLayoutInChinese() {
    assertThat(chinese.render(NotificationFixtures.superMaintenance()))
        .isEqualTo(
            """
            🔧 <b>锚点单超级维护通知</b>

            📍 <b>币种</b>: CRO-USDT-SWAP
            📊 <b>方向</b>: 做多
            👤 <b>账户</b>: Wu666666（子账户）
            💼 <b>原始仓位</b>: 108 张
            🎯 <b>触发</b>: 自动（rule:trigger_loss）

            <b>🔵 第1步-平掉旧持仓</b>:
            • 订单ID: <code>mjtfz0g003k7q2x9w1v5rt0101</code> / <code>2913402851930292224</code>
            • 成交数量: 108 / 108 张
            • 平均价格: 0.0989
            • 成交笔数: 1笔
            • 手续费: 0.0534 USDT
            • 目的: 释放保证金

            <b>🟢 第2步-开仓详情</b>:
            • 订单ID: <code>mjtfz0g003k7q2x9w1v5rt0201</code> / <code>2913402853167611904</code>
            • 成交数量: 1011 / 1011 张
            • 平均价格: 0.0989
            • 成交笔数: 2笔
            • 手续费: 0.4999 USDT

            <b>🔴 第3步-平仓到目标</b>:
            • 订单ID: <code>mjtfz0g003k7q2x9w1v5rt0301</code> / <code>2913402854291685376</code>
            • 成交数量: 910 / 910 张
            • 平均价格: 0.0988
            • 成交笔数: 1笔
            • 手续费: 0.4495 USDT

            <b>💰 盈亏统计</b>:
            • 总盈亏: -1.9900 USDT
            • 手续费: 1.0029 USDT
            • 净盈亏: -2.9929 USDT
            • 费率: 0.0500%
            • 剩余仓位: 101 张（保证金 9.9889 USDT）
            • 维护次数: 0 → 1
            • 状态: ✅ 完成

            ⏰ 时间: 2025-12-31 15:00:00""");
  }

  @Test
  void saysAFailedMaintenanceFailedRightUnderTheTitleWithWhatIsLeft() {
    String text = english.render(NotificationFixtures.failedSuperMaintenance());

    assertThat(text)
        .startsWith(
            """
            🚨 <b>Anchor super maintenance FAILED</b>

            ❗ <b>What happened</b>: the old position is closed but step 2 (open) was refused: \
            51008 Insufficient USDT margin &lt;isolated&gt; &amp; fees; the slot holds nothing \
            until auto-open restores an anchor
            📦 <b>Left on the exchange</b>: 0 contracts (margin 0.0000 USDT)

            📍 <b>Instrument</b>: CRO-USDT-SWAP""")
        .contains("<b>🔵 Step 1 - close old position</b>:")
        .doesNotContain("Step 2")
        .contains("• Maintenance count: 0 → 0")
        .contains("• Status: ❌ failed");
  }

  @Test
  void saysAFailedMaintenanceFailedInChinese() {
    assertThat(chinese.render(NotificationFixtures.failedSuperMaintenance()))
        .startsWith("🚨 <b>锚点单超级维护失败</b>\n\n❗ <b>情况</b>: the old position is closed")
        .contains("📦 <b>交易所剩余</b>: 0 张（保证金 0.0000 USDT）")
        .contains("• 状态: ❌ 失败");
  }

  @Test
  void saysARefusedMaintenanceTradedNothingAndWhatTheExchangeHolds() {
    ProcedureReport refused =
        new ProcedureReport(
            NotificationFixtures.request(
                ProcedureType.NORMAL_MAINTENANCE,
                AnchorSlot.main(SlotId.of("Main", "AAVE-USDT-SWAP", "short"), 1)),
            ProcedureStatus.REFUSED,
            "asked to maintain 108 contracts but Main/AAVE-USDT-SWAP/short holds 120; refresh and"
                + " ask again",
            Optional.of(Contracts.of(120)),
            List.of(),
            List.of(),
            Usdt.ZERO,
            Optional.of(Contracts.of(120)),
            Optional.of(Usdt.of("11.5")),
            1,
            NotificationFixtures.FINISHED);

    assertThat(english.render(new ProcedureFinished(refused)))
        .isEqualTo(
            """
            ⛔ <b>Anchor normal maintenance REFUSED, nothing traded</b>

            ❗ <b>What happened</b>: asked to maintain 108 contracts but \
            Main/AAVE-USDT-SWAP/short holds 120; refresh and ask again
            📦 <b>Left on the exchange</b>: 120 contracts (margin 11.5000 USDT)

            📍 <b>Instrument</b>: AAVE-USDT-SWAP
            📊 <b>Direction</b>: short
            👤 <b>Account</b>: Main (main account)
            💼 <b>Original size</b>: 120 contracts
            🎯 <b>Trigger</b>: auto (rule:trigger_loss)

            <b>💰 PnL</b>:
            • Remaining: 120 contracts (margin 11.5000 USDT)
            • Maintenance count: 1 → 1
            • Status: ⛔ refused, nothing traded

            ⏰ Time: 2025-12-31 15:00:00""");
  }

  @Test
  void showsEachOrderOfAStepThatWasSplit() {
    var report = NotificationFixtures.superMaintenance().report();
    var split =
        new ProcedureReport(
            report.request(),
            report.status(),
            report.summary(),
            report.originalSize(),
            List.of(
                report.orders().get(0),
                new ExecutedOrder(
                    2,
                    OrderPurpose.OPEN,
                    NotificationFixtures.order(2, "1", "600", "600", "0.0989", 1, "0.3", "0")),
                new ExecutedOrder(
                    2,
                    OrderPurpose.OPEN,
                    NotificationFixtures.order(2, "2", "411", "400", "0.0990", 3, "0.2", "0"))),
            report.marginSteps(),
            report.tradedNotional(),
            report.remainingSize(),
            report.remainingMargin(),
            report.countAfter(),
            report.finishedAt());

    String text = english.render(new ProcedureFinished(split));

    assertThat(text)
        .contains("— order 1 of 2\n• Order ID:")
        .contains("— order 2 of 2\n• Order ID:")
        .contains("• Filled: 400 of 411 contracts")
        .contains("• Order state: canceled, the rest did not fill");
  }
}
