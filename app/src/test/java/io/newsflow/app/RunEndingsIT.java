package io.newsflow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How `newsflow run` ends, as its own process (the packaged jar): a polling run stops at
 * --until-idle, at --timeout or on SIGTERM, each with its summary and exit code 0; a run whose
 * every page is refused exits 2.
 */
class RunEndingsIT {
  static final Path SAMPLES = RunOutput.repoRoot().resolve("samples");

  @TempDir Path work;
  LoopbackNewsSite site;
  final List<Process> processes = new ArrayList<>();

  @BeforeEach
  void startSite() throws IOException {
    site = LoopbackNewsSite.start(SAMPLES, 1);
  }

  @AfterEach
  void stop() {
    processes.forEach(Process::destroyForcibly);
    site.close();
  }

  Process run(String... args) throws IOException {
    List<String> command =
        new ArrayList<>(
            List.of(ServicesIT.javaBin(), "-Xmx512m", "-jar", ServicesIT.JAR.toString(), "run"));
    command.addAll(List.of("--work-dir", work.resolve("work").toString()));
    command.addAll(List.of("--out", work.resolve("out").toString()));
    command.addAll(List.of(args));
    Process p =
        new ProcessBuilder(command)
            .directory(work.toFile())
            .redirectOutput(work.resolve("run.out").toFile())
            .redirectError(work.resolve("run.err").toFile())
            .start();
    processes.add(p);
    return p;
  }

  String stdout() throws IOException {
    return Files.readString(work.resolve("run.out"), StandardCharsets.UTF_8);
  }

  String[] pollingFeed() {
    return new String[] {
      "--feed",
      site.url("/rss.xml"),
      "--allow-address",
      "127.0.0.1",
      "--poll-interval",
      "1s",
      "--per-host-delay",
      "100ms"
    };
  }

  int exitOf(Process p) throws Exception {
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the run ends by itself");
    return p.exitValue();
  }

  /**
   * The site's Crawl-delay is 1 s: no two of its requests come closer, robots.txt, the feed, its
   * 304s, the sitemap and every redirect hop included.
   */
  @Test
  void aPollingRunKeepsTheCrawlDelayAndStopsOnceNothingNewArrivedForTheIdleTime() throws Exception {
    List<String> args = new ArrayList<>(List.of(pollingFeed()));
    args.addAll(List.of("--sitemap", site.url("/news-sitemap.xml"), "--until-idle", "6s"));
    Process p = run(args.toArray(String[]::new));

    assertEquals(0, exitOf(p), stdout());
    assertTrue(
        stdout().contains("newsflow run: stopped: nothing new for PT6S (--until-idle)"), stdout());
    assertEquals(5, RunOutput.articles(work.resolve("out")).size(), stdout());
    List<String> paths = site.requestPaths();
    assertTrue(paths.stream().anyMatch(path -> path.startsWith("/moved/")), paths.toString());
    assertTrue(paths.stream().filter("/rss.xml"::equals).count() >= 2, "polled again: " + paths);
    List<Long> times = site.requestNanos();
    for (int i = 1; i < times.size(); i++) {
      long gapMillis = (times.get(i) - times.get(i - 1)) / 1_000_000;
      assertTrue(
          gapMillis >= 950,
          paths.get(i) + " came " + gapMillis + " ms after " + paths.get(i - 1) + ": " + paths);
    }
  }

  @Test
  void aPollingRunStopsAtTheTimeout() throws Exception {
    List<String> args = new ArrayList<>(List.of(pollingFeed()));
    args.addAll(List.of("--timeout", "12s"));
    Process p = run(args.toArray(String[]::new));

    assertEquals(0, exitOf(p), stdout());
    assertTrue(stdout().contains("newsflow run: stopped at --timeout"), stdout());
  }

  @Test
  void sigtermIsACleanStopWithTheSummaryAndExitCodeZero() throws Exception {
    Process p = run(pollingFeed());
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    while (!stdout().contains("Kafka: ") && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }
    Thread.sleep(3000); // let it fetch a little
    p.destroy(); // SIGTERM

    assertEquals(0, exitOf(p), stdout());
    assertTrue(stdout().contains("newsflow run: stopped (SIGTERM)"), stdout());
    assertTrue(stdout().contains("  output:  "), stdout());
  }

  @Test
  void aRunWhoseEveryPageIsRefusedExitsTwo() throws Exception {
    Path list = work.resolve("urls.txt");
    Files.writeString(
        list,
        site.url(site.pages().get(0)) + "\n" + site.url(site.pages().get(1)) + "\n",
        StandardCharsets.UTF_8);
    Process p = run("--urls", list.toString());

    assertEquals(2, exitOf(p), stdout());
    String err = Files.readString(work.resolve("run.err"), StandardCharsets.UTF_8);
    assertTrue(
        err.contains(
            "newsflow run: no usable source: every page was skipped {blocked_address=2};"
                + " see the reasons above"),
        err);
  }
}
