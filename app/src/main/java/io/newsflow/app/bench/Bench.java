package io.newsflow.app.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** {@code newsflow bench}: every (stream threads, rate) run in turn, each on a fresh broker. */
public final class Bench {
  /** Distinct generated pages; replicated like saved ones up to the pages asked for. */
  private static final int GENERATED_PAGES = 400;

  private Bench() {}

  /** Runs every combination and prints each one's figures; 0 if every page came out each time. */
  public static int run(BenchConfig config, PrintWriter out, PrintWriter err)
      throws InterruptedException {
    List<BenchPage> pages =
        config
            .input()
            .map(BenchPages::load)
            .orElseGet(() -> PageGenerator.generate(GENERATED_PAGES, 19));
    long bytes = BenchPages.totalBytes(pages);
    out.printf(
        Locale.ROOT,
        "newsflow bench: %d distinct pages (%.1f MB, %s), replicated to %d pages per run with"
            + " URLs of their own%n",
        pages.size(),
        bytes / 1e6,
        config.input().map(Path::toString).orElse("generated"),
        config.pages());
    out.printf(
        Locale.ROOT,
        "  %d cores, load average %.2f at the start, exactly-once enrich, %d partitions%n",
        Runtime.getRuntime().availableProcessors(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        config.partitions());
    out.flush();
    int code = 0;
    for (int threads : config.streamThreads()) {
      for (double rate : config.rates()) {
        Path dir = tempDir();
        try {
          BenchRun.Result result = new BenchRun(pages, config, threads, rate, dir).run();
          BenchReport.print(out, result);
          out.printf(
              Locale.ROOT,
              "  load average:     %.2f%n",
              ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
          out.flush();
          if (!result.complete()) {
            code = 1;
          }
        } finally {
          delete(dir);
        }
      }
    }
    return code;
  }

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("newsflow-bench");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // a leftover temp directory is harmless
    }
  }
}
