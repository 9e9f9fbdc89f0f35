package io.anchorkeeper.core.id;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Identifies one procedure run (a maintenance, a correction, an auto-open), unique across accounts,
 * keeper instances and restarts: 9 base-36 digits of the creation time in epoch milliseconds (good
 * until the year 5188) followed by 13 base-36 digits of 64 random bits. 22 lower-case letters and
 * digits, so a client order id built on it stays within OKX's 32.
 */
public record ProcedureId(String value) {

  static final int TIME_DIGITS = 9;
  static final int RANDOM_DIGITS = 13;
  public static final int LENGTH = TIME_DIGITS + RANDOM_DIGITS;

  public ProcedureId {
    Objects.requireNonNull(value, "procedure id must not be null");
    if (value.length() != LENGTH || !Base36.DIGITS.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "procedure id must be " + LENGTH + " lower-case letters and digits, was '" + value + "'");
    }
  }

  /**
   * A new id from the clock's current millisecond and 64 bits of {@code random}; production passes
   * a {@code SecureRandom}, tests a seeded generator.
   */
  public static ProcedureId generate(Clock clock, RandomGenerator random) {
    long millis = clock.millis();
    if (millis < 0) {
      throw new IllegalArgumentException("clock is before 1970: " + clock.instant());
    }
    return new ProcedureId(
        Base36.encode(millis, TIME_DIGITS) + Base36.encode(random.nextLong(), RANDOM_DIGITS));
  }

  public static ProcedureId parse(String text) {
    return new ProcedureId(text);
  }

  /** When the id was generated, to the millisecond. */
  public Instant createdAt() {
    return Instant.ofEpochMilli(Base36.decode(value.substring(0, TIME_DIGITS)));
  }

  @Override
  public String toString() {
    return value;
  }
}
