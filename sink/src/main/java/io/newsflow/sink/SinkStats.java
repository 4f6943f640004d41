package io.newsflow.sink;

import java.util.concurrent.atomic.AtomicLong;

/** Live counters of the sink. Thread-safe. */
public final class SinkStats {
  private final AtomicLong written = new AtomicLong();
  private final AtomicLong duplicates = new AtomicLong();
  private final AtomicLong undecodable = new AtomicLong();

  void written() {
    written.incrementAndGet();
  }

  void duplicate() {
    duplicates.incrementAndGet();
  }

  void undecodable() {
    undecodable.incrementAndGet();
  }

  public long writtenCount() {
    return written.get();
  }

  public long duplicateCount() {
    return duplicates.get();
  }

  public long undecodableCount() {
    return undecodable.get();
  }
}
