package io.newsflow.ingest;

import io.newsflow.schema.deadletter.DeadLetterCounts;
import io.newsflow.schema.deadletter.DeadLetterReason;
import io.newsflow.schema.deadletter.Stage;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntSupplier;

/**
 * Live counters of the ingest stage, for progress lines, metrics and the run summary. Thread-safe.
 */
public final class IngestStats {
  private final AtomicLong published = new AtomicLong();
  private final AtomicLong sendFailures = new AtomicLong();
  private final AtomicLong bytes = new AtomicLong();
  private final AtomicLong alreadyFetched = new AtomicLong();
  private final AtomicLong notModified = new AtomicLong();
  private final java.util.concurrent.atomic.AtomicInteger pagesFetching =
      new java.util.concurrent.atomic.AtomicInteger();

  /** Every skipped page or source is a dead letter of stage ingest. */
  private final DeadLetterCounts skipped = new DeadLetterCounts();

  private volatile IntSupplier queued = () -> 0;

  void pagePublished(int bodyBytes) {
    published.incrementAndGet();
    bytes.addAndGet(bodyBytes);
  }

  void skipped(DeadLetterReason reason) {
    skipped.add(Stage.INGEST, reason);
  }

  void sendFailed() {
    sendFailures.incrementAndGet();
  }

  void alreadyFetched() {
    alreadyFetched.incrementAndGet();
  }

  void notModified() {
    notModified.incrementAndGet();
  }

  void pageFetchStarted() {
    pagesFetching.incrementAndGet();
  }

  void pageFetchEnded() {
    pagesFetching.decrementAndGet();
  }

  /**
   * Pages claimed and not yet published or skipped (redirect hops included), unlike {@link
   * #queued()} not counting feed and sitemap polls.
   */
  public int pagesFetching() {
    return pagesFetching.get();
  }

  void queuedFrom(IntSupplier pending) {
    this.queued = pending;
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

  /** URLs not fetched because they were fetched before (by this or another instance). */
  public long alreadyFetchedCount() {
    return alreadyFetched.get();
  }

  /** Feeds and sitemaps that answered 304 to a conditional GET. */
  public long notModifiedCount() {
    return notModified.get();
  }

  /** Fetches waiting for their host or running. */
  public int queued() {
    return queued.getAsInt();
  }

  /** The dead letters of this ingest, by reason. */
  public DeadLetterCounts deadLetterCounts() {
    return skipped;
  }

  /** Skips by reason code, sorted by code. */
  public Map<String, Long> skippedByReason() {
    return skipped.byCode(Stage.INGEST);
  }

  public long skippedTotal() {
    return skipped.total(Stage.INGEST);
  }

  /** One console line: what was fetched, what waits, errors by class, throughput. */
  public String progressLine(double seconds) {
    return String.format(
        Locale.ROOT,
        "fetched %d (%.1f MB, %.1f kB/s), queued %d, known %d, not modified %d, skipped %d %s",
        published(),
        bytes() / 1e6,
        seconds > 0 ? bytes() / 1e3 / seconds : 0.0,
        queued(),
        alreadyFetchedCount(),
        notModifiedCount(),
        skippedTotal(),
        skippedByReason());
  }
}
