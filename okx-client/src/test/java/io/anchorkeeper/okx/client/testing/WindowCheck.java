package io.anchorkeeper.okx.client.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Finds the largest number of events inside any window of a given length. */
public final class WindowCheck {
  private WindowCheck() {}

  public static int maxInAnyWindow(List<Long> eventNanos, long windowNanos) {
    List<Long> sorted = new ArrayList<>(eventNanos);
    Collections.sort(sorted);
    int max = 0;
    int start = 0;
    for (int end = 0; end < sorted.size(); end++) {
      while (sorted.get(end) - sorted.get(start) >= windowNanos) {
        start++;
      }
      max = Math.max(max, end - start + 1);
    }
    return max;
  }
}
