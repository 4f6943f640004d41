package io.newsflow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Every mistake a user can make on the command line is one line on standard error naming the
 * option, what was wrong and what is accepted, with a non-zero exit code; no stack trace, no usage.
 */
class UserErrorsTest {
  static final String SAMPLES = RunOutput.repoRoot().resolve("samples").toString();

  @TempDir Path dir;

  record Outcome(int exitCode, List<String> errLines) {
    String first() {
      return errLines.isEmpty() ? "" : errLines.get(0);
    }
  }

  static Outcome newsflow(String... args) {
    StringWriter err = new StringWriter();
    CommandLine cli = NewsflowCommand.commandLine(args, Map.of());
    cli.setErr(new PrintWriter(err, true));
    cli.setOut(new PrintWriter(new StringWriter(), true));
    int code = cli.execute(args);
    return new Outcome(code, err.toString().lines().toList());
  }

  static void assertOneLine(Outcome o, int exitCode, String firstLine) {
    assertEquals(firstLine, o.first());
    assertEquals(1, o.errLines().size(), "one line only: " + o.errLines());
    assertEquals(exitCode, o.exitCode(), o.errLines().toString());
  }

  @Test
  void anUnreachableBrokerIsOneLineAfterTheKafkaWait() {
    long start = System.nanoTime();
    Outcome o =
        newsflow(
            "ingest",
            "--bootstrap-servers",
            "127.0.0.1:1",
            "--kafka-wait",
            "2s",
            "--input",
            SAMPLES);
    assertOneLine(
        o,
        1,
        "newsflow ingest: --bootstrap-servers 127.0.0.1:1: no Kafka broker answered within 2.0 s"
            + " (--kafka-wait); check the address, or start a local broker with `newsflow broker`");
    assertTrue((System.nanoTime() - start) / 1e9 < 20, "waited about --kafka-wait");
  }

  @Test
  void aMalformedBootstrapServersListNamesTheBadEntry() {
    assertOneLine(
        newsflow("sink", "--bootstrap-servers", "localhost:9092,kafka"),
        2,
        "newsflow sink: --bootstrap-servers localhost:9092,kafka: 'kafka' is not HOST:PORT; give"
            + " HOST:PORT[,HOST:PORT...] with a port from 1 to 65535, e.g. localhost:9092");
  }

  @Test
  void aMissingSourcesFileFailsAtStart() {
    assertOneLine(
        newsflow("ingest", "--bootstrap-servers", "127.0.0.1:1", "--sources", "/nonexistent.json"),
        2,
        "newsflow ingest: --sources /nonexistent.json: no such file; give a JSON sources file (see"
            + " the README)");
  }

  @Test
  void aSourcesFileWithAnUnknownTypeFailsAtStart() throws IOException {
    Path file = dir.resolve("sources.json");
    Files.writeString(
        file,
        "{\"sources\": [{\"type\": \"rss\", \"url\": \"https://example.com/\"}]}",
        StandardCharsets.UTF_8);
    Outcome o = newsflow("run", "--sources", file.toString());
    assertEquals(2, o.exitCode());
    assertEquals(1, o.errLines().size(), o.errLines().toString());
    assertTrue(
        o.first().startsWith("newsflow run: --sources " + file + ": " + file + ": source type"),
        o.first());
  }

  @Test
  void aNegativePartitionCountIsRefused() {
    assertOneLine(
        newsflow(
            "ingest",
            "--bootstrap-servers",
            "127.0.0.1:1",
            "--input",
            SAMPLES,
            "--topic-partitions",
            "-3"),
        2,
        "newsflow ingest: --topic-partitions -3: must be at least 1; give a positive number");
  }

  @Test
  void aMissingConllFileIsOneLine() {
    assertOneLine(
        newsflow("ner", "--conll", "/nonexistent.conll"),
        2,
        "newsflow ner: --conll /nonexistent.conll: no such readable file; give a CoNLL file (token"
            + " first, tag last)");
  }

  @Test
  void aBadDurationSaysWhatIsAcceptedWithoutTheUsage() {
    assertOneLine(
        newsflow("run", "--timeout", "5x"),
        2,
        "newsflow run: Invalid value for option '--timeout': '5x' is not a duration; use 500ms,"
            + " 30s, 5m, 1h30m, 2d or ISO-8601 such as PT5M");
  }

  @Test
  void aMissingInputDirectoryFailsAtStart() {
    assertOneLine(
        newsflow("run", "--input", "/nonexistent"),
        2,
        "newsflow run: --input /nonexistent: no such directory; give a directory of saved pages");
  }

  @Test
  void aFeedThatIsNotAnHttpUrlFailsAtStart() {
    String accepted =
        ": not an http(s) URL with a host; give an http or https URL such as"
            + " https://example.com/rss.xml";
    assertOneLine(
        newsflow("run", "--feed", "not-a-url"), 2, "newsflow run: --feed not-a-url" + accepted);
    assertOneLine(
        newsflow("run", "--sitemap", "ftp://example.com/sitemap.xml"),
        2,
        "newsflow run: --sitemap ftp://example.com/sitemap.xml" + accepted);
  }

  @Test
  void aFeedOnAnAddressTheGuardRefusesFailsAtStart() {
    assertOneLine(
        newsflow("run", "--feed", "http://127.0.0.1:9/rss.xml"),
        2,
        "newsflow run: --feed http://127.0.0.1:9/rss.xml: 127.0.0.1 resolves to the internal"
            + " address 127.0.0.1 (allow it with --allow-address)");
  }

  @Test
  void anUnknownOptionAddsOnlyTheShortUsage() {
    Outcome o = newsflow("run", "--feeds", "https://example.com/rss.xml");
    assertEquals(2, o.exitCode());
    assertEquals(
        "newsflow run: Unknown options: '--feeds', 'https://example.com/rss.xml'", o.first());
    assertTrue(o.errLines().size() <= 4, "short usage only: " + o.errLines());
    assertTrue(
        o.errLines().contains("Usage: newsflow run [OPTIONS]; `newsflow run --help` lists them"),
        o.errLines().toString());
  }

  @Test
  void anOutputDirectoryThatCannotBeCreatedIsOneLine() throws IOException {
    Path file = Files.writeString(dir.resolve("a-file"), "", StandardCharsets.UTF_8);
    Path out = file.resolve("out");
    assertOneLine(
        newsflow("sink", "--bootstrap-servers", "127.0.0.1:1", "--out", out.toString()),
        2,
        "newsflow sink: --out "
            + out
            + ": cannot create the directory (FileSystemException); give a directory this user can"
            + " write, or run as its owner (Docker Compose: set NEWSFLOW_UID and NEWSFLOW_GID to the"
            + " owner of ./out)");
  }

  @Test
  void aKafkaPortOutOfRangeIsOneLine() {
    assertOneLine(
        newsflow("broker", "--kafka-port", "99999"),
        2,
        "newsflow broker: --kafka-port 99999: not a port; give a port from 1 to 65535 (run: 0 picks"
            + " a free one)");
  }
}
