package io.newsflow.sink;

import io.newsflow.schema.deadletter.DeadLetterCounts;
import io.newsflow.schema.deadletter.DeadLetterReason;
import io.newsflow.schema.deadletter.Stage;
import java.util.concurrent.atomic.AtomicLong;

/** Live counters of the sink. Thread-safe. */
public final class SinkStats {
  private final AtomicLong written = new AtomicLong();
  private final AtomicLong duplicates = new AtomicLong();
  private final AtomicLong copiesSkipped = new AtomicLong();

  /** An undecodable article is the sink's only dead letter. */
  private final DeadLetterCounts deadLetters = new DeadLetterCounts();

  void written() {
    written.incrementAndGet();
  }

  void duplicate() {
    duplicates.incrementAndGet();
  }

  void copySkipped() {
    copiesSkipped.incrementAndGet();
  }

  /** Copies of an earlier article left out under {@code --skip-duplicates}. */
  public long copiesSkippedCount() {
    return copiesSkipped.get();
  }

  void undecodable() {
    deadLetters.add(Stage.SINK, DeadLetterReason.NOT_DECODABLE);
  }

  public long writtenCount() {
    return written.get();
  }

  public long duplicateCount() {
    return duplicates.get();
  }

  public long undecodableCount() {
    return deadLetters.get(Stage.SINK, DeadLetterReason.NOT_DECODABLE);
  }

  public DeadLetterCounts deadLetterCounts() {
    return deadLetters;
  }
}
