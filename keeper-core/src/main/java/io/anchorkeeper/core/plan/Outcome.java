package io.anchorkeeper.core.plan;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Either a value or a refusal with a reason a person can read: the answer of a sizing or planning
 * function that may find nothing to do (an order below the minimum size, an unaffordable step).
 * Refusals are ordinary answers, not exceptions.
 */
public sealed interface Outcome<T> permits Outcome.Ok, Outcome.Refused {

  static <T> Outcome<T> ok(T value) {
    return new Ok<>(value);
  }

  static <T> Outcome<T> refused(String reason) {
    return new Refused<>(reason);
  }

  boolean isOk();

  /** The value, or empty when refused. */
  Optional<T> toOptional();

  /** The reason, or empty when there is a value. */
  Optional<String> refusal();

  /** The value; throws {@link IllegalStateException} carrying the reason when refused. */
  T orElseThrow();

  <R> Outcome<R> map(Function<? super T, ? extends R> mapper);

  <R> Outcome<R> flatMap(Function<? super T, Outcome<R>> mapper);

  /** A value. */
  record Ok<T>(T value) implements Outcome<T> {

    public Ok {
      Objects.requireNonNull(value, "value must not be null");
    }

    @Override
    public boolean isOk() {
      return true;
    }

    @Override
    public Optional<T> toOptional() {
      return Optional.of(value);
    }

    @Override
    public Optional<String> refusal() {
      return Optional.empty();
    }

    @Override
    public T orElseThrow() {
      return value;
    }

    @Override
    public <R> Outcome<R> map(Function<? super T, ? extends R> mapper) {
      return new Ok<>(mapper.apply(value));
    }

    @Override
    public <R> Outcome<R> flatMap(Function<? super T, Outcome<R>> mapper) {
      return mapper.apply(value);
    }
  }

  /** No value, and why. */
  record Refused<T>(String reason) implements Outcome<T> {

    public Refused {
      Objects.requireNonNull(reason, "reason must not be null");
      if (reason.isBlank()) {
        throw new IllegalArgumentException("a refusal needs a reason");
      }
    }

    @Override
    public boolean isOk() {
      return false;
    }

    @Override
    public Optional<T> toOptional() {
      return Optional.empty();
    }

    @Override
    public Optional<String> refusal() {
      return Optional.of(reason);
    }

    @Override
    public T orElseThrow() {
      throw new IllegalStateException(reason);
    }

    @Override
    public <R> Outcome<R> map(Function<? super T, ? extends R> mapper) {
      return new Refused<>(reason);
    }

    @Override
    public <R> Outcome<R> flatMap(Function<? super T, Outcome<R>> mapper) {
      return new Refused<>(reason);
    }
  }
}
