package io.anchorkeeper.app.notify.command;

import io.anchorkeeper.app.notify.format.Language;
import io.anchorkeeper.app.notify.format.Timestamps;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers one command from the owner: parses it, hands a valid one to {@link OwnerCommands}, and
 * returns the plain-text reply. Never throws: a failing engine call is logged and answered.
 */
public final class CommandHandler {

  private static final Logger log = LoggerFactory.getLogger(CommandHandler.class);

  private final Language language;
  private final Timestamps timestamps;
  private final CommandParser parser;
  private final Supplier<Optional<OwnerCommands>> commands;

  /**
   * @param commands the engine's commands once they exist; until then only {@code /help} works
   */
  public CommandHandler(
      Language language, Timestamps timestamps, Supplier<Optional<OwnerCommands>> commands) {
    this.language = Objects.requireNonNull(language, "language must not be null");
    this.timestamps = Objects.requireNonNull(timestamps, "timestamps must not be null");
    this.parser = new CommandParser(language);
    this.commands = Objects.requireNonNull(commands, "commands must not be null");
  }

  /** The reply to {@code text}, sent by {@code requestedBy} (e.g. {@code telegram:@owner}). */
  public String handle(String text, String requestedBy) {
    OwnerCommand command = parser.parse(text);
    if (command instanceof OwnerCommand.Help) {
      return CommandPhrase.HELP.in(language);
    }
    if (command instanceof OwnerCommand.Invalid invalid) {
      return invalid.reply();
    }
    Optional<OwnerCommands> engine = commands.get();
    if (engine.isEmpty()) {
      return CommandPhrase.UNAVAILABLE.in(language);
    }
    try {
      log.info("Owner command from {}: {}", requestedBy, command);
      return dispatch(command, engine.get(), requestedBy);
    } catch (RuntimeException e) {
      log.error("Owner command {} from {} failed", command, requestedBy, e);
      return CommandPhrase.FAILED.in(language, firstWord(text), e.getClass().getSimpleName());
    }
  }

  /** The reply to a command that arrived too late to be trusted (sent before a long outage). */
  public String staleReply(String text, Instant sentAt, Duration maxAge) {
    return CommandPhrase.STALE_COMMAND.in(
        language, firstWord(text), timestamps.format(sentAt), Long.toString(maxAge.toSeconds()));
  }

  private static String firstWord(String text) {
    return text.strip().split("\\s+", 2)[0];
  }

  private static String dispatch(OwnerCommand command, OwnerCommands engine, String by) {
    if (command instanceof OwnerCommand.Status) {
      return engine.status();
    }
    if (command instanceof OwnerCommand.Slots) {
      return engine.slots();
    }
    if (command instanceof OwnerCommand.Maintain maintain) {
      return engine.maintain(maintain.slot(), maintain.superMaintenance(), by);
    }
    if (command instanceof OwnerCommand.Pause pause) {
      return engine.pause(pause.target(), by);
    }
    if (command instanceof OwnerCommand.Resume resume) {
      return engine.resume(resume.target(), by);
    }
    throw new IllegalStateException("no dispatch for " + command);
  }
}
