package io.newsflow.ingest;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/** Live counters of the ingest stage, for progress lines and the run summary. Thread-safe. */
public final class IngestStats {
  private final AtomicLong published = new AtomicLong();
  private final AtomicLong sendFailures = new AtomicLong();
  private final AtomicLong bytes = new AtomicLong();
  private final Map<String, LongAdder> skipped = new ConcurrentHashMap<>();

  void pagePublished(int bodyBytes) {
    published.incrementAndGet();
    bytes.addAndGet(bodyBytes);
  }

  void skipped(String reason) {
    skipped.computeIfAbsent(reason, r -> new LongAdder()).increment();
  }

  void sendFailed() {
    sendFailures.incrementAndGet();
  }

  /** Records Kafka did not acknowledge (after the producer's own retries). */
  public long sendFailures() {
    return sendFailures.get();
  }

  public long published() {
    return published.get();
  }

  public long bytes() {
    return bytes.get();
  }

  public Map<String, Long> skippedByReason() {
    Map<String, Long> copy = new TreeMap<>();
    skipped.forEach((reason, n) -> copy.put(reason, n.sum()));
    return copy;
  }

  public long skippedTotal() {
    return skipped.values().stream().mapToLong(LongAdder::sum).sum();
  }
}
