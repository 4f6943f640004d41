package io.newsflow.app.run;

import io.newsflow.ingest.IngestStats;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Prints one progress line every few seconds while the pipeline works, when something changed. */
public final class ProgressReporter implements AutoCloseable {
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "newsflow-progress");
            t.setDaemon(true);
            return t;
          });
  private final PrintWriter out;
  private final Pipeline pipeline;
  private final long startNanos = System.nanoTime();
  private String last = "";

  public ProgressReporter(PrintWriter out, Pipeline pipeline, long periodMillis) {
    this.out = out;
    this.pipeline = pipeline;
    timer.scheduleAtFixedRate(this::report, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
  }

  private void report() {
    pipeline.registerIngestMetrics(); // the skipped-<reason> gauges, as reasons appear
    RunCounts c = pipeline.tracker().counts();
    IngestStats ingest = pipeline.ingestStats();
    String line =
        String.format(
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
    if (!line.equals(last)) {
      last = line;
      double seconds = (System.nanoTime() - startNanos) / 1e9;
      out.printf(Locale.ROOT, "[%6.1fs] %s%n", seconds, line);
      out.flush();
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
