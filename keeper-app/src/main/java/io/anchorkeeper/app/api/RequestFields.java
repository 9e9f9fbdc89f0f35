package io.anchorkeeper.app.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads a request's fields into core types, collecting every problem with its field's name, so one
 * answer lists everything wrong with a request.
 */
final class RequestFields {

  private final List<String> problems = new ArrayList<>();

  /** Parses a required field; a missing or invalid value is noted and empty returned. */
  <T, R> Optional<R> required(String field, T raw, Function<T, R> parse) {
    if (raw == null || (raw instanceof String s && s.isBlank())) {
      problems.add(field + " is required");
      return Optional.empty();
    }
    return optional(field, raw, parse);
  }

  /** Parses an optional field; an invalid value is noted. */
  <T, R> Optional<R> optional(String field, T raw, Function<T, R> parse) {
    if (raw == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(parse.apply(raw));
    } catch (RuntimeException e) {
      problems.add(field + ": " + e.getMessage());
      return Optional.empty();
    }
  }

  /** Notes a problem with a field when {@code ok} is false. */
  void check(boolean ok, String problem) {
    if (!ok) {
      problems.add(problem);
    }
  }

  /** Throws a {@link BadRequestException} listing every problem, if there were any. */
  void throwIfInvalid() {
    if (!problems.isEmpty()) {
      throw new BadRequestException(problems);
    }
  }
}
