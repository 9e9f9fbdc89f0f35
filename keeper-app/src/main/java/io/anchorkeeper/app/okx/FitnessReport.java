package io.anchorkeeper.app.okx;

import io.anchorkeeper.core.slot.AccountName;
import java.util.List;
import java.util.Objects;

/**
 * What {@link OkxExchange#ensureFit} found: what it changed on the exchange and what is still
 * wrong, in words a trader can act on. The account is fit when nothing is wrong.
 */
public record FitnessReport(AccountName account, List<String> changes, List<String> problems) {

  public FitnessReport {
    Objects.requireNonNull(account, "account must not be null");
    changes = List.copyOf(changes);
    problems = List.copyOf(problems);
  }

  public boolean isFit() {
    return problems.isEmpty();
  }

  @Override
  public String toString() {
    return account
        + (isFit() ? " is fit" : " is not fit: " + String.join("; ", problems))
        + (changes.isEmpty() ? "" : " (changed: " + String.join("; ", changes) + ")");
  }
}
