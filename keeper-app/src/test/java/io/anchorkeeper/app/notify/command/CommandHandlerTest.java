package io.anchorkeeper.app.notify.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.anchorkeeper.app.notify.format.Language;
import io.anchorkeeper.app.notify.format.Timestamps;
import io.anchorkeeper.core.slot.SlotId;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CommandHandlerTest {

  private final RecordingOwnerCommands engine = new RecordingOwnerCommands();
  private final Timestamps shanghai = new Timestamps(ZoneId.of("Asia/Shanghai"));

  private final CommandHandler handler =
      new CommandHandler(Language.EN, shanghai, () -> Optional.of(engine));

  @Test
  void passesValidCommandsToTheEngineWithWhoAsked() {
    assertThat(handler.handle("/super Wu666666 CRO-USDT-SWAP long", "telegram:@owner"))
        .isEqualTo("ok: super Wu666666/CRO-USDT-SWAP/long by telegram:@owner");
    handler.handle("/status", "telegram:@owner");
    handler.handle("/slots", "telegram:@owner");
    handler.handle("/maintain Main BTC-USDT-SWAP short", "telegram:@owner");
    handler.handle("/pause Wu666666", "telegram:@owner");
    handler.handle("/resume Wu666666 CRO-USDT-SWAP long", "telegram:@owner");

    assertThat(engine.calls())
        .containsExactly(
            "super Wu666666/CRO-USDT-SWAP/long by telegram:@owner",
            "status",
            "slots",
            "maintain Main/BTC-USDT-SWAP/short by telegram:@owner",
            "pause Wu666666 by telegram:@owner",
            "resume Wu666666/CRO-USDT-SWAP/long by telegram:@owner");
  }

  @Test
  void neverBothersTheEngineWithAnInvalidCommand() {
    assertThat(handler.handle("/super Main", "telegram:@owner")).startsWith("Usage: /super");
    assertThat(handler.handle("/help", "telegram:@owner")).contains("/maintain <account>");

    assertThat(engine.calls()).isEmpty();
  }

  @Test
  void saysCommandsAreUnavailableUntilTheEngineImplementsThem() {
    CommandHandler early = new CommandHandler(Language.ZH, shanghai, Optional::empty);

    assertThat(early.handle("/status", "telegram:@owner")).isEqualTo("引擎尚未接受命令；/help 可用。");
    assertThat(early.handle("/help", "telegram:@owner")).startsWith("锚点单管家命令：");
  }

  @Test
  void answersAFailingEngineCallWithoutThrowing() {
    OwnerCommands broken =
        new RecordingOwnerCommands() {
          @Override
          public String maintain(SlotId slot, boolean superMaintenance, String requestedBy) {
            throw new IllegalStateException("lane is gone");
          }
        };
    CommandHandler failing = new CommandHandler(Language.EN, shanghai, () -> Optional.of(broken));

    assertThat(failing.handle("/maintain Main CRO-USDT-SWAP long", "telegram:@owner"))
        .isEqualTo("/maintain failed (IllegalStateException); the log has the details.");
  }

  @Test
  void explainsWhyAStaleCommandWasNotRun() {
    assertThat(
            handler.staleReply(
                "/super Main CRO-USDT-SWAP long",
                Instant.parse("2025-12-31T06:00:00Z"),
                Duration.ofMinutes(2)))
        .isEqualTo(
            "Ignored /super: it was sent at 2025-12-31 14:00:00, more than 120 s ago. Send it"
                + " again if you still want it.");
  }
}
