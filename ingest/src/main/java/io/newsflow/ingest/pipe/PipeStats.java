package io.newsflow.ingest.pipe;

import io.newsflow.schema.deadletter.DeadLetterCounts;
import io.newsflow.schema.deadletter.DeadLetterReason;
import io.newsflow.schema.deadletter.Stage;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counters of one {@code newsflow publish} run. Thread-safe (acknowledgements come from the
 * producer thread).
 */
public final class PipeStats {
  private final AtomicLong lines = new AtomicLong();
  private final AtomicLong blank = new AtomicLong();
  private final AtomicLong published = new AtomicLong();
  private final AtomicLong deadLetters = new AtomicLong();
  private final AtomicLong sendFailures = new AtomicLong();

  /** Every rejected line is a dead letter of stage publish. */
  private final DeadLetterCounts rejected = new DeadLetterCounts();

  void countLine() {
    lines.incrementAndGet();
  }

  void countBlank() {
    blank.incrementAndGet();
  }

  void countRejected(DeadLetterReason reason) {
    rejected.add(Stage.PUBLISH, reason);
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
    return rejected.total(Stage.PUBLISH);
  }

  /** Rejected lines by reason code, sorted by code. */
  public Map<String, Long> rejectedByReason() {
    return rejected.byCode(Stage.PUBLISH);
  }

  /** The rejected lines by reason. */
  public DeadLetterCounts deadLetterCounts() {
    return rejected;
  }

  @Override
  public String toString() {
    return String.format(
        java.util.Locale.ROOT,
        "%d lines: %d pages published, %d rejected %s (%d dead letters published), %d blank, %d send failures",
        lines(),
        published(),
        rejectedTotal(),
        rejectedByReason(),
        deadLettersPublished(),
        blank(),
        sendFailures());
  }
}
