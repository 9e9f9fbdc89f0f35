package io.anchorkeeper.app.notify.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.anchorkeeper.app.notify.format.Language;
import io.anchorkeeper.core.slot.AccountName;
import io.anchorkeeper.core.slot.SlotId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommandParserTest {

  private final CommandParser english = new CommandParser(Language.EN);
  private final CommandParser chinese = new CommandParser(Language.ZH);

  @Test
  void readsCommandsWithoutArguments() {
    assertThat(english.parse("/status")).isEqualTo(new OwnerCommand.Status());
    assertThat(english.parse("  /slots  ")).isEqualTo(new OwnerCommand.Slots());
    assertThat(english.parse("/help")).isEqualTo(new OwnerCommand.Help());
    assertThat(english.parse("/start")).isEqualTo(new OwnerCommand.Help());
  }

  @Test
  void ignoresTheCaseOfTheCommandAndABotNameSuffix() {
    assertThat(english.parse("/STATUS@AnchorKeeperBot")).isEqualTo(new OwnerCommand.Status());
  }

  @Test
  void readsAMaintenanceUpperCasingTheInstrument() {
    assertThat(english.parse("/maintain Main btc-usdt-swap SHORT"))
        .isEqualTo(new OwnerCommand.Maintain(SlotId.of("Main", "BTC-USDT-SWAP", "short"), false));
    assertThat(english.parse("/super Wu666666 CRO-USDT-SWAP long"))
        .isEqualTo(new OwnerCommand.Maintain(SlotId.of("Wu666666", "CRO-USDT-SWAP", "long"), true));
  }

  @Test
  void readsPauseAndResumeForAnAccountOrOneSlot() {
    assertThat(english.parse("/pause Wu666666"))
        .isEqualTo(new OwnerCommand.Pause(PauseTarget.wholeAccount(AccountName.of("Wu666666"))));
    assertThat(english.parse("/resume Wu666666 CRO-USDT-SWAP long"))
        .isEqualTo(
            new OwnerCommand.Resume(
                PauseTarget.oneSlot(SlotId.of("Wu666666", "CRO-USDT-SWAP", "long"))));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"/maintain", "/maintain Main", "/super Main CRO-USDT-SWAP", "/super a b c d"})
  void answersAMaintenanceWithTheWrongNumberOfArgumentsWithItsUsage(String text) {
    assertThat(english.parse(text)).isInstanceOf(OwnerCommand.Invalid.class);
    assertThat(((OwnerCommand.Invalid) english.parse(text)).reply())
        .matches("Usage: /(maintain|super) <account> <instId> <long\\|short>");
  }

  @Test
  void namesTheArgumentThatIsWrong() {
    assertThat(english.parse("/super Main CRO-USDT-SWAP up"))
        .isEqualTo(
            new OwnerCommand.Invalid(
                "Invalid argument: position side must be 'long' or 'short', was 'up'\n"
                    + "Usage: /super <account> <instId> <long|short>"));
    assertThat(english.parse("/maintain Main CRO-USDT long"))
        .isEqualTo(
            new OwnerCommand.Invalid(
                "Invalid argument: instrument id must look like BTC-USDT-SWAP, was 'CRO-USDT'\n"
                    + "Usage: /maintain <account> <instId> <long|short>"));
    assertThat(((OwnerCommand.Invalid) english.parse("/pause bad/name")).reply())
        .startsWith("Invalid argument: account name must be 1-64 letters");
  }

  @Test
  void answersPauseWithTwoArgumentsWithItsUsage() {
    assertThat(english.parse("/pause Main CRO-USDT-SWAP"))
        .isEqualTo(new OwnerCommand.Invalid("Usage: /pause <account> [<instId> <long|short>]"));
  }

  @Test
  void refusesArgumentsWhereNoneAreTaken() {
    assertThat(english.parse("/status now"))
        .isEqualTo(new OwnerCommand.Invalid("/status takes no arguments."));
  }

  @Test
  void answersUnknownCommandsAndPlainTextInTheConfiguredLanguage() {
    assertThat(english.parse("/buy 100"))
        .isEqualTo(new OwnerCommand.Invalid("Unknown command /buy. /help lists the commands."));
    assertThat(chinese.parse("/buy 100"))
        .isEqualTo(new OwnerCommand.Invalid("未知命令 /buy。发送 /help 查看命令列表。"));
    assertThat(chinese.parse("你好"))
        .isEqualTo(new OwnerCommand.Invalid("命令以 / 开头。发送 /help 查看命令列表。"));
    assertThat(chinese.parse("/super Main CRO-USDT-SWAP"))
        .isEqualTo(new OwnerCommand.Invalid("用法: /super <账户> <币种> <long|short>"));
  }
}
