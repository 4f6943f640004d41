package io.newsflow.app.bench;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Prints one run's figures, the same lines for every run so runs can be compared. */
final class BenchReport {
  private BenchReport() {}

  static void print(PrintWriter out, BenchRun.Result r) {
    out.printf(
        Locale.ROOT,
        "%n== %d stream thread%s, offered %s ==%n",
        r.streamThreads(),
        r.streamThreads() == 1 ? "" : "s",
        r.rate() > 0 ? String.format(Locale.ROOT, "%.0f pages/s", r.rate()) : "flat out");
    out.printf(
        Locale.ROOT,
        "  start-up:         %.1f s (broker, topics, enrich running; not in the figures below)%n",
        r.startupSeconds());
    out.printf(
        Locale.ROOT,
        "  steady state:     %.1f pages/s, %.1f MB/s (%d pages in %.1f s after the warm-up, %s)%n",
        r.pagesPerSecond(),
        r.megabytesPerSecond(),
        r.steadyPages(),
        r.steadySeconds(),
        r.windowEnd().description);
    flow(out, r.flow());
    if (r.windowEnd() == BenchRun.WindowEnd.PARTITION_DRAINED && r.untilAllReadPerSecond() > 0) {
      out.printf(
          Locale.ROOT,
          "  to the last page: enrich read %.1f pages/s from the window's start until it had read"
              + " every page (the drain on fewer stream threads included)%n",
          r.untilAllReadPerSecond());
    }
    long accounted = r.counts().articlesOut() + r.counts().deadLetters();
    out.printf(
        Locale.ROOT,
        "  accounted for:    %d of %d offered (%d articles, %d dead letters, %d in flight)%s%n",
        accounted,
        r.offered(),
        r.counts().articlesOut(),
        r.counts().deadLetters(),
        r.offered() - accounted,
        r.complete() ? "" : "  INCOMPLETE");
    long[] lat = r.latenciesMillis();
    out.printf(
        Locale.ROOT,
        "  fetch-to-article: p50 %d ms, p99 %d ms, max %d ms (%d articles after the warm-up)%n",
        percentile(lat, 0.50),
        percentile(lat, 0.99),
        lat.length == 0 ? 0 : lat[lat.length - 1],
        lat.length);
    out.printf(
        Locale.ROOT, "  CPU ms per page:  %s (steady state)%n", cpu(r.cpuNanos(), r.steadyPages()));
    out.printf(
        Locale.ROOT,
        "                    %s (whole run after start-up, JIT warm-up included)%n",
        cpu(r.wholeRunCpuNanos(), r.offered()));
    jitNote(out, r.cpuNanos());
    streamThreads(out, r.streamThreadTime());
    out.printf(
        Locale.ROOT,
        "  heap:             %d MB at most in use (limit %d MB)%n",
        r.heapMaxUsedBytes() >> 20,
        r.heapLimitBytes() >> 20);
    out.flush();
  }

  /**
   * The window's two ends. A steady pipeline reads and puts out pages at one rate; a stage that
   * falls behind shows as pages piling up between them.
   */
  private static void flow(PrintWriter out, BenchRun.Flow flow) {
    if (flow.enrichAhead()) {
      out.printf(
          Locale.ROOT,
          "  not balanced:     enrich had read every page before the warm-up share came out;"
              + " the figure above is the output's, draining what piled up inside%n");
      return;
    }
    out.printf(
        Locale.ROOT,
        "  window's ends:    enrich read %.1f and put out %.1f pages/s; between them %d pages at"
            + " the start, %d at the end%n",
        flow.readPerSecond(),
        flow.outPerSecond(),
        flow.inPipelineAtStart(),
        flow.inPipelineAtEnd());
  }

  /**
   * What the stream threads did with their time in the window: ran (their CPU time), waited for a
   * core, waited for Kafka (by kind), and the rest (other waits: locks, safepoints).
   */
  private static void streamThreads(PrintWriter out, BenchRun.StreamThreadTime t) {
    if (t.wallNanos() <= 0) {
      return;
    }
    long core = t.waitedNanos().getOrDefault(StreamThreadWaits.CORE, 0L);
    long waited = 0;
    StringBuilder kinds = new StringBuilder();
    for (String kind : StreamThreadWaits.KINDS) {
      long ns = t.waitedNanos().getOrDefault(kind, 0L);
      waited += ns;
      kinds.append(kinds.length() > 0 ? ", " : "").append(kind).append(' ');
      kinds.append(percent(ns, t.wallNanos()));
      if (kind.equals("poll")) {
        kinds.append(pollByThread(t));
      }
    }
    out.printf(
        Locale.ROOT,
        "  stream threads:   on CPU %s%s of their time, waiting for a core %s, for Kafka %s (%s),"
            + " the rest %s%n",
        percent(t.cpuNanos(), t.wallNanos()),
        byThread(t.cpuByThread(), t.wallNanos()),
        percent(core, t.wallNanos()),
        percent(waited, t.wallNanos()),
        kinds,
        // The sources are read a few milliseconds apart, so their sum can pass the wall time a
        // little.
        percent(Math.max(0, t.wallNanos() - t.cpuNanos() - core - waited), t.wallNanos()));
  }

  /** Each thread's poll wait, as a share of that thread's own time: " [1: 2.0%, 2: 38.8%]". */
  private static String pollByThread(BenchRun.StreamThreadTime t) {
    Map<String, Long> polls = new TreeMap<>();
    t.waitedNanos()
        .forEach(
            (kind, ns) -> {
              if (StreamThreadWaits.isPollOf(kind)) {
                polls.put(kind.substring(StreamThreadWaits.POLL_OF.length()), ns);
              }
            });
    return byThread(polls, t.wallNanos());
  }

  /** Each thread's share of its own time, from nanoseconds by thread index and their wall total. */
  private static String byThread(Map<String, Long> nanos, long wallNanos) {
    if (nanos.size() < 2) {
      return "";
    }
    StringBuilder each = new StringBuilder();
    nanos.forEach(
        (thread, ns) ->
            each.append(each.length() > 0 ? ", " : "")
                .append(thread)
                .append(": ")
                .append(percent(ns * nanos.size(), wallNanos)));
    return " [" + each + "]";
  }

  private static String percent(long part, long whole) {
    return String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
  }

  /**
   * A run too short for the JIT to have compiled the hot code measures the compilers and
   * interpreted code more than the pipeline a long-running service is: say so.
   */
  private static void jitNote(PrintWriter out, Map<String, Long> nanos) {
    long total = nanos.getOrDefault("total", 0L);
    long jit = nanos.getOrDefault("jit", 0L);
    if (total > 0 && jit > JIT_STILL_WARMING * total) {
      out.printf(
          Locale.ROOT,
          "  not yet steady:   the JIT compilers took %.0f%% of the CPU after the warm-up;"
              + " offer more pages (--pages, --warmup-share)%n",
          100.0 * jit / total);
    }
  }

  /** Share of the steady-state CPU above which the JIT is still compiling the hot code. */
  private static final double JIT_STILL_WARMING = 0.15;

  private static String cpu(Map<String, Long> nanos, long pages) {
    StringBuilder cpu = new StringBuilder();
    for (Map.Entry<String, Long> e : nanos.entrySet()) {
      if (cpu.length() > 0) {
        cpu.append(", ");
      }
      double perPage = pages == 0 ? 0 : e.getValue() / 1e6 / pages;
      cpu.append(e.getKey()).append(' ').append(String.format(Locale.ROOT, "%.2f", perPage));
    }
    return cpu.toString();
  }

  static long percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int index = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }
}
