package io.newsflow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `newsflow bench`, briefly (not timed): it prints every figure for every run, and every offered
 * page comes out as an article or a dead letter, bad pages included.
 */
class BenchIT {
  private static final Pattern ACCOUNTED =
      Pattern.compile(
          "accounted for: +(\\d+) of (\\d+) offered \\((\\d+) articles, (\\d+) dead letters, (\\d+)"
              + " in flight\\)");

  private static final Pattern WINDOW_ENDS =
      Pattern.compile("enrich read ([\\d.]+) and put out ([\\d.]+) pages/s; between them");

  @Test
  void generatedPagesAtTwoThreadCountsAreAllAccountedFor() {
    RunOutput run = RunOutput.newsflow("bench", "--pages", "150", "--stream-threads", "1,2");
    assertEquals(0, run.exitCode, run.stdout);
    List<long[]> runs = accounted(run.stdout);
    assertEquals(2, runs.size(), run.stdout);
    for (long[] r : runs) {
      assertEquals(150, r[1]);
      assertEquals(r[1], r[0], "every offered page is an article or a dead letter");
      assertEquals(r[0], r[2] + r[3]);
      assertEquals(0, r[4]);
      assertTrue(r[3] > 0, "the generator's bad pages become dead letters: " + run.stdout);
    }
    assertFigures(run.stdout, 2);
    assertTrue(run.stdout.contains("== 2 stream threads, offered flat out =="), run.stdout);
  }

  @Test
  void savedPagesAtAnOfferedRate(@TempDir Path dir) throws IOException {
    Path samples = RunOutput.repoRoot().resolve("samples");
    try (var files = Files.list(samples)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
    Files.writeString(dir.resolve("empty.html"), "", StandardCharsets.UTF_8);
    RunOutput run =
        RunOutput.newsflow(
            "bench",
            "--input",
            dir.toString(),
            "--pages",
            "120",
            "--warmup-share",
            "0.5",
            "--stream-threads",
            "1",
            "--rate",
            "30");
    assertEquals(0, run.exitCode, run.stdout);
    List<long[]> runs = accounted(run.stdout);
    assertEquals(1, runs.size(), run.stdout);
    assertEquals(120, runs.get(0)[0]);
    assertEquals(20, runs.get(0)[3], "each copy of the empty page is a dead letter");
    assertFigures(run.stdout, 1);
    assertTrue(run.stdout.contains("offered 30 pages/s"), run.stdout);
    // The 60 pages after the warm-up are paced at 30 a second: enrich cannot have read them all
    // sooner, and the window ends when it has; both of its ends see about the offered rate.
    Matcher steady = Pattern.compile("\\((\\d+) pages in ([\\d.]+) s after").matcher(run.stdout);
    assertTrue(steady.find(), run.stdout);
    assertTrue(Double.parseDouble(steady.group(2)) >= 1.4, "paced: " + run.stdout);
    Matcher ends = WINDOW_ENDS.matcher(run.stdout);
    assertTrue(ends.find(), run.stdout);
    assertTrue(Double.parseDouble(ends.group(1)) < 45, "read at the offered rate: " + run.stdout);
  }

  @Test
  void aMissingInputDirectoryIsOneLine() {
    RunOutput run = RunOutput.newsflow("bench", "--input", "/nonexistent/pages");
    assertEquals(2, run.exitCode);
  }

  private static List<long[]> accounted(String stdout) {
    List<long[]> runs = new ArrayList<>();
    Matcher m = ACCOUNTED.matcher(stdout);
    while (m.find()) {
      long[] r = new long[5];
      for (int i = 0; i < 5; i++) {
        r[i] = Long.parseLong(m.group(i + 1));
      }
      runs.add(r);
    }
    return runs;
  }

  private static void assertFigures(String stdout, int runs) {
    for (String figure :
        List.of("pages/s, ", " MB/s (", "fetch-to-article: p50 ", "heap:", "start-up:")) {
      assertEquals(
          runs,
          Pattern.compile(Pattern.quote(figure)).matcher(stdout).results().count(),
          figure + " in " + stdout);
    }
    String columns =
        " +ingest [\\d.]+, enrich [\\d.]+, sink [\\d.]+, monitor [\\d.]+,"
            + " broker [\\d.]+, jit ([\\d.]+), gc [\\d.]+, jvm [\\d.]+, total [\\d.]+";
    Pattern steady = Pattern.compile("CPU ms per page:" + columns + " \\(steady state\\)");
    assertEquals(runs, steady.matcher(stdout).results().count(), stdout);
    // A short run is all warm-up (its steady window may hold no page at all): the compilers' CPU,
    // read from /proc, must show in the whole run's figures.
    Pattern whole = Pattern.compile(columns + " \\(whole run after start-up");
    List<Double> jit =
        whole.matcher(stdout).results().map(m -> Double.parseDouble(m.group(1))).toList();
    assertEquals(runs, jit.size(), stdout);
    assertTrue(jit.stream().anyMatch(ms -> ms > 0), "no JIT time in " + stdout);
  }
}
