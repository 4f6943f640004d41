package io.newsflow.app.commands;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleFunction;

/**
 * Prints a service's progress line (to stderr) every interval while it runs, when it changed, so a
 * stage left running shows what it does.
 */
final class ProgressLine implements AutoCloseable {

  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "newsflow-progress");
            t.setDaemon(true);
            return t;
          });
  private final long startNanos = System.nanoTime();
  private String last = "";

  /**
   * @param line the line for the seconds since start
   */
  ProgressLine(PrintWriter out, Duration interval, DoubleFunction<String> line) {
    long millis = Math.max(interval.toMillis(), 100);
    timer.scheduleAtFixedRate(
        () -> {
          double seconds = (System.nanoTime() - startNanos) / 1e9;
          String text = line.apply(seconds);
          if (!text.equals(last)) {
            last = text;
            out.printf(Locale.ROOT, "[%6.1fs] %s%n", seconds, text);
            out.flush();
          }
        },
        millis,
        millis,
        TimeUnit.MILLISECONDS);
  }

  /** "N (R/s)". */
  static String countAndRate(long n, double seconds) {
    return String.format(Locale.ROOT, "%d (%.1f/s)", n, seconds > 0 ? n / seconds : 0.0);
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
