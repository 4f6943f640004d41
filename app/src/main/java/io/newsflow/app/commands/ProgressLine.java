package io.newsflow.app.commands;

import io.newsflow.ingest.IngestService;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Prints the ingest service's progress line every interval while it runs, when something changed.
 */
final class IngestProgress implements AutoCloseable {
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "newsflow-ingest-progress");
            t.setDaemon(true);
            return t;
          });
  private final long startNanos = System.nanoTime();
  private String last = "";

  IngestProgress(PrintWriter out, IngestService ingest, Duration interval) {
    long millis = Math.max(interval.toMillis(), 100);
    timer.scheduleAtFixedRate(
        () -> {
          double seconds = (System.nanoTime() - startNanos) / 1e9;
          ingest.metrics().registerReasons();
          String line = ingest.stats().progressLine(seconds);
          if (!line.equals(last)) {
            last = line;
            out.printf(Locale.ROOT, "[%6.1fs] %s%n", seconds, line);
            out.flush();
          }
        },
        millis,
        millis,
        TimeUnit.MILLISECONDS);
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
