package io.anchorkeeper.app.notify.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.anchorkeeper.app.notify.NotificationFixtures;
import io.anchorkeeper.core.notify.Alert;
import io.anchorkeeper.core.notify.AlertKind;
import io.anchorkeeper.core.notify.Severity;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AlertMessageTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private final MessageFormatter english = new MessageFormatter(Language.EN, SHANGHAI);
  private final MessageFormatter chinese = new MessageFormatter(Language.ZH, SHANGHAI);

  @Test
  void statesAProfitTierWithTheRateAndTheThreshold() {
    assertThat(english.render(NotificationFixtures.profitTier()))
        .isEqualTo(
            "⚠️ <b>WARNING</b> · Wu666666 · CRO-USDT-SWAP · long: profit rate -8.40% reached the"
                + " -8.00% tier\n⏰ 2025-12-31 15:00:00");
    assertThat(chinese.render(NotificationFixtures.profitTier()))
        .isEqualTo(
            "⚠️ <b>警告</b> · Wu666666 · CRO-USDT-SWAP · 做多: 收益率 -8.40% 已达到 -8.00% 档\n"
                + "⏰ 2025-12-31 15:00:00");
  }

  @Test
  void statesHowFarAMarginIsFromItsTarget() {
    assertThat(english.render(NotificationFixtures.marginOffBand()))
        .startsWith(
            "⚠️ <b>WARNING</b> · Wu666666 · CRO-USDT-SWAP · long: margin 20.2900 USDT is off its"
                + " target 10.0000 USDT by +102.90%\n");
    assertThat(chinese.render(NotificationFixtures.marginOffBand()))
        .startsWith(
            "⚠️ <b>警告</b> · Wu666666 · CRO-USDT-SWAP · 做多: 保证金 20.2900 USDT 偏离目标 10.0000 USDT"
                + " 达 +102.90%\n");
  }

  @Test
  void saysACappedSlotIsNotTraded() {
    Alert capped = NotificationFixtures.alert(AlertKind.CAP_REACHED, Severity.CRITICAL, "");

    assertThat(english.render(capped))
        .startsWith(
            "🚨 <b>CRITICAL</b> · Wu666666 · CRO-USDT-SWAP · long: profit rate -10.78% is past the"
                + " trigger -10.00% but the maintenance cap is reached: nothing is traded\n");
    assertThat(chinese.render(capped))
        .startsWith(
            "🚨 <b>严重</b> · Wu666666 · CRO-USDT-SWAP · 做多: 收益率 -10.78% 已越过触发线 -10.00%，"
                + "但维护次数已达上限：不会交易\n");
  }

  @Test
  void offersTheOwnerTheCommandsForAMainAccountSlotPastTheTrigger() {
    Alert waiting = NotificationFixtures.alert(AlertKind.OWNER_DECIDES, Severity.WARNING, "");

    assertThat(english.render(waiting))
        .contains(
            "this main-account slot waits for you (/maintain Wu666666 CRO-USDT-SWAP long ·"
                + " /super Wu666666 CRO-USDT-SWAP long)");
  }

  @Test
  void escapesTheDetailInTheExchangesWords() {
    Alert failed =
        NotificationFixtures.alert(
            AlertKind.PROCEDURE_FAILED, Severity.CRITICAL, "51008 <b>margin</b> & \"fees\"");

    assertThat(english.render(failed))
        .isEqualTo(
            "🚨 <b>CRITICAL</b> · Wu666666 · CRO-USDT-SWAP · long: a procedure failed after"
                + " trading began\n"
                + "📝 51008 &lt;b&gt;margin&lt;/b&gt; &amp; &quot;fees&quot;\n"
                + "⏰ 2025-12-31 15:00:00");
  }

  @Test
  void leavesTheSlotOutOfAnExchangeWideAlert() {
    Alert down =
        new Alert(
            AlertKind.EXCHANGE_UNREACHABLE,
            Severity.CRITICAL,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            "no answer for 30 s",
            NotificationFixtures.FINISHED);

    assertThat(chinese.render(down))
        .isEqualTo("🚨 <b>严重</b>: 无法连接交易所\n📝 no answer for 30 s\n⏰ 2025-12-31 15:00:00");
  }

  @ParameterizedTest
  @EnumSource(AlertKind.class)
  void rendersEveryKindOnOneLineInBothLanguages(AlertKind kind) {
    Alert alert = NotificationFixtures.alert(kind, Severity.NOTICE, "");

    for (MessageFormatter formatter : new MessageFormatter[] {english, chinese}) {
      String[] lines = formatter.render(alert).split("\n");
      assertThat(lines).hasSize(2);
      assertThat(lines[0]).startsWith("🔔 <b>").contains("CRO-USDT-SWAP");
      assertThat(lines[1]).isEqualTo("⏰ 2025-12-31 15:00:00");
    }
  }
}
