package io.newsflow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.app.embedded.EmbeddedKafkaBroker;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The deployment shape: each stage its own process (the packaged jar), against one broker, stopped
 * with SIGTERM as a container runtime would.
 */
class ServicesIT {
  static final Path JAR = RunOutput.repoRoot().resolve("app/target/newsflow.jar");

  @TempDir Path work;
  final List<Process> processes = new ArrayList<>();

  @AfterEach
  void killLeftovers() {
    processes.forEach(Process::destroyForcibly);
  }

  Process start(String name, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(javaBin(), "-Xmx512m", "-jar", JAR.toString()));
    command.addAll(List.of(args));
    Process p =
        new ProcessBuilder(command)
            .directory(work.toFile())
            .redirectOutput(work.resolve(name + ".out").toFile())
            .redirectError(work.resolve(name + ".err").toFile())
            .start();
    processes.add(p);
    return p;
  }

  static String javaBin() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  String output(String name) throws IOException {
    return Files.readString(work.resolve(name + ".out"), StandardCharsets.UTF_8);
  }

  @Test
  void stagesRunAsSeparateServicesAndStopCleanlyOnSigterm() throws Exception {
    assertTrue(Files.exists(JAR), "package the jar first: " + JAR);
    try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(work.resolve("broker"), 16 << 20)) {
      String kafka = broker.bootstrapServers();
      Path out = work.resolve("out");
      Process sink = start("sink", "sink", "--bootstrap-servers", kafka, "--out", out.toString());
      Process enrich =
          start(
              "enrich",
              "enrich",
              "--bootstrap-servers",
              kafka,
              "--work-dir",
              work.resolve("enrich").toString());
      Process ingest =
          start(
              "ingest",
              "ingest",
              "--bootstrap-servers",
              kafka,
              "--input",
              RunOutput.repoRoot().resolve("samples").toString());

      assertTrue(ingest.waitFor(120, TimeUnit.SECONDS), "ingest of a directory stops by itself");
      assertEquals(0, ingest.exitValue(), output("ingest"));
      assertTrue(
          output("ingest").contains("ingest: 5 pages published, 0 skipped"), output("ingest"));
      awaitArticles(out, 5);

      sink.destroy(); // SIGTERM
      enrich.destroy();
      assertTrue(sink.waitFor(60, TimeUnit.SECONDS), "sink stops on SIGTERM");
      assertTrue(enrich.waitFor(60, TimeUnit.SECONDS), "enrich stops on SIGTERM");
      assertTrue(
          output("sink").contains("sink: 5 articles written, 0 duplicates skipped"),
          output("sink"));
      assertFalse(
          Files.readString(work.resolve("enrich.err")).contains("Exception"),
          Files.readString(work.resolve("enrich.err")));
      assertEquals(5, RunOutput.articles(out).size());
    }
  }

  static void awaitArticles(Path out, int expected) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 120_000;
    while (System.currentTimeMillis() < deadline) {
      if (Files.isDirectory(out) && RunOutput.articles(out).size() >= expected) {
        return;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("no " + expected + " articles in " + out + " after 120 s");
  }
}
