package io.newsflow.ingest.pipe;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/** Counters of one {@code newsflow publish} run. Thread-safe (acknowledgements come from the producer thread). */
public final class PipeStats {
  private final AtomicLong lines = new AtomicLong();
  private final AtomicLong blank = new AtomicLong();
  private final AtomicLong published = new AtomicLong();
  private final AtomicLong deadLetters = new AtomicLong();
  private final AtomicLong sendFailures = new AtomicLong();
  private final Map<String, LongAdder> rejected = new ConcurrentHashMap<>();

  void countLine() {
    lines.incrementAndGet();
  }

  void countBlank() {
    blank.incrementAndGet();
  }

  void countRejected(String reason) {
    rejected.computeIfAbsent(reason, r -> new LongAdder()).increment();
  }

  void countPublished() {
    published.incrementAndGet();
  }

  void countDeadLetter() {
    deadLetters.incrementAndGet();
  }

  void countSendFailure() {
    sendFailures.incrementAndGet();
  }

  /** Lines read, blank ones included. */
  public long lines() {
    return lines.get();
  }

  /** Blank lines, skipped: they carry nothing. */
  public long blank() {
    return blank.get();
  }

  /** Pages Kafka acknowledged. */
  public long published() {
    return published.get();
  }

  public long deadLettersPublished() {
    return deadLetters.get();
  }

  public long sendFailures() {
    return sendFailures.get();
  }

  public long rejectedTotal() {
    return rejected.values().stream().mapToLong(LongAdder::sum).sum();
  }

  public Map<String, Long> rejectedByReason() {
    Map<String, Long> out = new TreeMap<>();
    rejected.forEach((reason, n) -> out.put(reason, n.sum()));
    return out;
  }

  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT,
        "%d lines: %d pages published, %d rejected %s (%d dead letters published), %d blank, %d send failures",
        lines(), published(), rejectedTotal(), rejectedByReason(), deadLettersPublished(), blank(), sendFailures());
  }
}
