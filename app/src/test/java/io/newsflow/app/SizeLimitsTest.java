package io.newsflow.app;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.app.cli.ConflictingSettingsException;
import io.newsflow.app.cli.SizeLimits;
import io.newsflow.ingest.fetch.FetchSettings;
import io.newsflow.ingest.pipe.PipeConfig;
import io.newsflow.schema.TopicSettings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Byte limits of different stages that do not agree stop a command at start, with one line. */
class SizeLimitsTest {
  /** Nothing listens here: a command that got past the check would hang on it, not exit 2. */
  static final String NO_BROKER = "127.0.0.1:1";

  @TempDir Path work;

  record Result(int exitCode, String stderr) {
    List<String> lines() {
      return stderr.strip().lines().toList();
    }
  }

  static Result newsflow(String... args) {
    return assertTimeoutPreemptively(
        Duration.ofSeconds(30),
        () -> {
          StringWriter err = new StringWriter();
          CommandLine cli = NewsflowCommand.commandLine(args, Map.of());
          cli.setOut(new PrintWriter(new StringWriter(), true));
          cli.setErr(new PrintWriter(err, true));
          return new Result(cli.execute(args), err.toString());
        });
  }

  @Test
  void ingestRefusesABodyLimitTheRawPageTopicCannotTake() {
    Result r =
        newsflow(
            "ingest",
            "--bootstrap-servers",
            NO_BROKER,
            "--input",
            work.toString(),
            "--max-body-bytes",
            "16777216");
    assertEquals(2, r.exitCode(), r.stderr());
    assertEquals(1, r.lines().size(), r.stderr());
    assertTrue(
        r.stderr()
            .startsWith(
                "newsflow ingest: --max-body-bytes 16777216 does not fit --topic-max-message-bytes 16777216"),
        r.stderr());
  }

  @Test
  void publishRefusesALineLimitTheRawPageTopicCannotTake() {
    Result r =
        newsflow(
            "publish", "--bootstrap-servers", NO_BROKER, "--topic-max-message-bytes", "1048576");
    assertEquals(2, r.exitCode(), r.stderr());
    assertEquals(
        List.of(
            "newsflow publish: --max-line-bytes 10485760 does not fit --topic-max-message-bytes 1048576"
                + " (a record needs up to 65536 bytes besides the page): lower --max-line-bytes to at most 983040"
                + " or raise --topic-max-message-bytes to at least 10551296"),
        r.lines());
  }

  @Test
  void runRefusesBeforeStartingABroker() {
    Result r = newsflow("run", "--work-dir", work.toString(), "--max-body-bytes", "20000000");
    assertEquals(2, r.exitCode(), r.stderr());
    assertEquals(1, r.lines().size(), r.stderr());
    assertTrue(
        r.stderr()
            .contains("--max-body-bytes 20000000 does not fit --topic-max-message-bytes 16777216"),
        r.stderr());
    assertTrue(!work.resolve("kafka").toFile().exists(), "no broker was started");
  }

  @Test
  void theDefaultsFitTheDefaultTopics() {
    TopicSettings topics = TopicSettings.defaults();
    assertDoesNotThrow(
        () ->
            SizeLimits.requireFitsTopics(
                "--max-body-bytes", FetchSettings.DEFAULT_MAX_BODY_BYTES, topics));
    assertDoesNotThrow(
        () ->
            SizeLimits.requireFitsTopics(
                "--max-line-bytes", PipeConfig.DEFAULT_MAX_LINE_BYTES, topics));
  }

  @Test
  void aPageFitsWhenItAndTheRecordOverheadFitTheTopic() {
    TopicSettings topics = TopicSettings.defaults();
    int largest = topics.maxMessageBytes() - SizeLimits.RECORD_OVERHEAD_BYTES;
    assertDoesNotThrow(() -> SizeLimits.requireFitsTopics("--max-body-bytes", largest, topics));
    assertThrows(
        ConflictingSettingsException.class,
        () -> SizeLimits.requireFitsTopics("--max-body-bytes", largest + 1, topics));
  }

  @Test
  void anEnrichPageLimitBelowTheIngestBodyLimitIsWarnedAbout() {
    assertEquals(
        "--max-page-bytes 1000000 is below --max-body-bytes 2000000: pages in between are fetched,"
            + " then become too_large dead letters in enrich",
        SizeLimits.enrichRefusesIngestedPages(2_000_000, 1_000_000).orElseThrow());
    assertTrue(SizeLimits.enrichRefusesIngestedPages(2_000_000, 2_000_000).isEmpty());
  }
}
