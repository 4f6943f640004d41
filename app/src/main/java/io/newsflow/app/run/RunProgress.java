package io.newsflow.app.run;

import io.newsflow.ingest.IngestStats;
import java.util.Locale;
import java.util.function.DoubleFunction;

/** The progress line of {@code newsflow run}: what ingest fetched and what came out so far. */
public final class RunProgress implements DoubleFunction<String> {
  private final Pipeline pipeline;

  public RunProgress(Pipeline pipeline) {
    this.pipeline = pipeline;
  }

  @Override
  public String apply(double seconds) {
    pipeline.registerIngestMetrics(); // the skipped-<reason> gauges, as reasons appear
    RunCounts c = pipeline.tracker().counts();
    IngestStats ingest = pipeline.ingestStats();
    return String.format(
        Locale.ROOT,
        "%s: fetched %d (%.1f MB), not modified %d, known %d, skipped %d%s | articles %d"
            + " | dead letters %d | in flight %d",
        pipeline.phase(),
        ingest.published(),
        ingest.bytes() / 1e6,
        ingest.notModifiedCount(),
        ingest.alreadyFetchedCount(),
        ingest.skippedTotal(),
        ingest.skippedTotal() > 0 ? " " + ingest.skippedByReason() : "",
        c.articlesOut(),
        c.deadLetters(),
        c.pagesInFlight());
  }
}
