package io.anchorkeeper.app.api;

import java.util.List;

/** A request that failed validation; each problem names its field. Nothing was sent anywhere. */
public final class BadRequestException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  public BadRequestException(List<String> problems) {
    super(String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
