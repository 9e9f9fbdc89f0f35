package io.anchorkeeper.app.notify.command;

import io.anchorkeeper.app.notify.format.Language;
import io.anchorkeeper.core.instrument.InstrumentId;
import io.anchorkeeper.core.slot.AccountName;
import io.anchorkeeper.core.slot.PositionSide;
import io.anchorkeeper.core.slot.SlotId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads the owner's command text. Validates every argument with the core's own types, so nothing
 * malformed reaches the engine, and answers an invalid command with what was wrong and the usage.
 * Command names ignore case and a {@code @botname} suffix; instrument ids are upper-cased; account
 * names are taken as written.
 */
public final class CommandParser {

  /** A command name longer than this is not echoed back in full. */
  private static final int MAX_ECHOED_NAME = 32;

  private final Language language;

  public CommandParser(Language language) {
    this.language = Objects.requireNonNull(language, "language must not be null");
  }

  public OwnerCommand parse(String text) {
    String trimmed = text.strip();
    if (!trimmed.startsWith("/") || trimmed.length() == 1) {
      return invalid(CommandPhrase.NOT_A_COMMAND);
    }
    List<String> words = Arrays.asList(trimmed.split("\\s+"));
    String command = "/" + name(words.get(0));
    List<String> args = words.subList(1, words.size());
    switch (command) {
      case "/status":
        return args.isEmpty() ? new OwnerCommand.Status() : noArguments(command);
      case "/slots":
        return args.isEmpty() ? new OwnerCommand.Slots() : noArguments(command);
      case "/help":
      case "/start":
        return new OwnerCommand.Help();
      case "/maintain":
        return maintain(command, args, false);
      case "/super":
        return maintain(command, args, true);
      case "/pause":
      case "/resume":
        return pauseOrResume(command, args);
      default:
        return invalid(CommandPhrase.UNKNOWN_COMMAND, shortened(command));
    }
  }

  private OwnerCommand maintain(String command, List<String> args, boolean superMaintenance) {
    String usage = CommandPhrase.USAGE_SLOT.in(language, command);
    if (args.size() != 3) {
      return new OwnerCommand.Invalid(usage);
    }
    try {
      return new OwnerCommand.Maintain(slot(args), superMaintenance);
    } catch (IllegalArgumentException e) {
      return invalid(CommandPhrase.BAD_ARGUMENT, e.getMessage(), usage);
    }
  }

  private OwnerCommand pauseOrResume(String command, List<String> args) {
    String usage = CommandPhrase.USAGE_TARGET.in(language, command);
    if (args.size() != 1 && args.size() != 3) {
      return new OwnerCommand.Invalid(usage);
    }
    try {
      PauseTarget target =
          args.size() == 1
              ? PauseTarget.wholeAccount(AccountName.of(args.get(0)))
              : PauseTarget.oneSlot(slot(args));
      return command.equals("/pause")
          ? new OwnerCommand.Pause(target)
          : new OwnerCommand.Resume(target);
    } catch (IllegalArgumentException e) {
      return invalid(CommandPhrase.BAD_ARGUMENT, e.getMessage(), usage);
    }
  }

  private static SlotId slot(List<String> args) {
    return new SlotId(
        AccountName.of(args.get(0)),
        InstrumentId.of(args.get(1).toUpperCase(Locale.ROOT)),
        PositionSide.parse(args.get(2)));
  }

  /** {@code /Status@MyBot} is {@code status}. */
  private static String name(String word) {
    int at = word.indexOf('@');
    return (at < 0 ? word.substring(1) : word.substring(1, at)).toLowerCase(Locale.ROOT);
  }

  private OwnerCommand noArguments(String command) {
    return invalid(CommandPhrase.NO_ARGUMENTS, command);
  }

  private OwnerCommand invalid(CommandPhrase phrase, String... args) {
    return new OwnerCommand.Invalid(phrase.in(language, args));
  }

  private static String shortened(String command) {
    return command.length() <= MAX_ECHOED_NAME
        ? command
        : command.substring(0, MAX_ECHOED_NAME) + "…";
  }
}
