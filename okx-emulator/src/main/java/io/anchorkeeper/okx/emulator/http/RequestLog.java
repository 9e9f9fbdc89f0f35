package io.anchorkeeper.okx.emulator.http;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Predicate;

/**
 * A bounded, lock-free ring of the latest requests: a request is logged when it arrives and its
 * record completed when answered; the oldest records are overwritten.
 */
public final class RequestLog {

  private final AtomicReferenceArray<RequestRecord> ring;
  private final AtomicLong next = new AtomicLong();

  public RequestLog(int capacity) {
    if (capacity <= 0) {
      throw new IllegalArgumentException("capacity must be positive");
    }
    this.ring = new AtomicReferenceArray<>(capacity);
  }

  /** Logs a request on arrival and returns its sequence number. */
  public long received(
      long atMillis, long atMicros, long nanos, String method, String path, String account) {
    long seq = next.getAndIncrement();
    ring.set(
        index(seq),
        new RequestRecord(seq, atMillis, atMicros, nanos, method, path, account, 0, ""));
    return seq;
  }

  /** Records the answer of request {@code seq}, unless it has been overwritten meanwhile. */
  public void completed(long seq, int status, String code) {
    int i = index(seq);
    RequestRecord current = ring.get(i);
    if (current != null && current.seq() == seq) {
      ring.compareAndSet(i, current, current.completed(status, code == null ? "" : code));
    }
  }

  /** Matching records, oldest first, at most {@code limit} of the newest. */
  public List<RequestRecord> query(Predicate<RequestRecord> filter, int limit) {
    long end = next.get();
    long start = Math.max(0, end - ring.length());
    List<RequestRecord> out = new ArrayList<>();
    for (long seq = end - 1; seq >= start && out.size() < limit; seq--) {
      RequestRecord r = ring.get(index(seq));
      if (r != null && r.seq() == seq && filter.test(r)) {
        out.add(0, r);
      }
    }
    return out;
  }

  public void clear() {
    for (int i = 0; i < ring.length(); i++) {
      ring.set(i, null);
    }
  }

  private int index(long seq) {
    return (int) (seq % ring.length());
  }
}
