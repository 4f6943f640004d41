package io.newsflow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
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
 * The README's "own scraper" path: `newsflow broker` on a fixed port, kcat lists its topics, and
 * publish, enrich and sink run against it as separate processes, printing their progress.
 */
class BrokerIT {
  @TempDir Path work;
  final List<Process> processes = new ArrayList<>();

  @AfterEach
  void stopAll() {
    processes.forEach(Process::destroyForcibly);
  }

  Process start(String name, String... args) throws IOException {
    List<String> command =
        new ArrayList<>(
            List.of(ServicesIT.javaBin(), "-Xmx384m", "-jar", ServicesIT.JAR.toString()));
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

  String read(String file) throws IOException {
    Path path = work.resolve(file);
    return Files.exists(path) ? Files.readString(path, StandardCharsets.UTF_8) : "";
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  @Test
  void separateProcessesAndKcatShareTheBrokerOnItsFixedPort() throws Exception {
    int port = freePort();
    String kafka = "127.0.0.1:" + port;
    Process broker = start("broker", "broker", "--kafka-port", "" + port, "--work-dir", "w");
    awaitText("broker.out", "Kafka: " + kafka + " (embedded broker", 90);

    Process kcat = new ProcessBuilder("kcat", "-b", kafka, "-L").redirectErrorStream(true).start();
    String metadata = new String(kcat.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(kcat.waitFor(30, TimeUnit.SECONDS));
    for (String topic :
        List.of(
            "news.raw-pages",
            "news.articles",
            "news.dead-letter",
            "news.sources",
            "news.fetched-urls")) {
      assertTrue(metadata.contains("topic \"" + topic + "\""), metadata);
    }

    Process second = start("second", "broker", "--kafka-port", "" + port, "--work-dir", "w2");
    assertTrue(second.waitFor(60, TimeUnit.SECONDS));
    assertEquals(2, second.exitValue());
    assertEquals(
        "newsflow broker: --kafka-port "
            + port
            + ": 127.0.0.1:"
            + port
            + " is in use; give a free port, or use the broker there with --bootstrap-servers "
            + kafka,
        read("second.err").lines().findFirst().orElse(""));

    start(
        "sink", "sink", "--bootstrap-servers", kafka, "--out", "out", "--progress-interval", "1s");
    start(
        "enrich",
        "enrich",
        "--bootstrap-servers",
        kafka,
        "--work-dir",
        "enrich",
        "--progress-interval",
        "1s");
    Process publish = start("publish", "publish", "--bootstrap-servers", kafka);
    try (OutputStream in = publish.getOutputStream()) {
      in.write(samplesAsJsonLines());
    }
    assertTrue(publish.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, publish.exitValue(), read("publish.err"));

    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (articles() < 5 && System.nanoTime() < deadline) {
      Thread.sleep(500);
    }
    assertEquals(5, articles(), read("enrich.err") + read("sink.err"));
    awaitText("sink.err", "] articles written 5 (", 10); // the services' progress lines
    awaitText("enrich.err", "] RUNNING: records ", 10);
    assertTrue(read("enrich.err").contains("dead letters 0 {}"), read("enrich.err"));

    broker.destroy();
    assertTrue(broker.waitFor(60, TimeUnit.SECONDS));
  }

  private int articles() throws IOException {
    Path out = work.resolve("out");
    return Files.isDirectory(out) ? RunOutput.articles(out).size() : 0;
  }

  private static byte[] samplesAsJsonLines() throws IOException {
    StringBuilder lines = new StringBuilder();
    try (var files = Files.list(RunOutput.repoRoot().resolve("samples"))) {
      for (Path page : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
        ObjectNode line = RunOutput.JSON.createObjectNode();
        line.put("url", "https://example.com/" + page.getFileName());
        line.put("html", Files.readString(page, StandardCharsets.UTF_8));
        lines.append(RunOutput.JSON.writeValueAsString(line)).append('\n');
      }
    }
    return lines.toString().getBytes(StandardCharsets.UTF_8);
  }

  private void awaitText(String file, String text, int seconds) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (!read(file).contains(text)) {
      assertTrue(System.nanoTime() < deadline, file + " never said " + text + ": " + read(file));
      Thread.sleep(200);
    }
  }
}
