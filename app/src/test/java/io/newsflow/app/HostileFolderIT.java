package io.newsflow.app;

import static io.newsflow.app.HostileCorpus.BOGUS_REFS_AROUND;
import static io.newsflow.app.HostileCorpus.BOGUS_REFS_INSIDE;
import static io.newsflow.app.HostileCorpus.BOMB;
import static io.newsflow.app.HostileCorpus.CHARSET_LIE;
import static io.newsflow.app.HostileCorpus.DEEP_NESTING;
import static io.newsflow.app.HostileCorpus.GOOD_1;
import static io.newsflow.app.HostileCorpus.GOOD_2;
import static io.newsflow.app.HostileCorpus.INVALID_UTF8;
import static io.newsflow.app.HostileCorpus.NOISE;
import static io.newsflow.app.HostileCorpus.NUL_BYTES;
import static io.newsflow.app.HostileCorpus.PDF;
import static io.newsflow.app.HostileCorpus.TRUNCATED_GZIP;
import static io.newsflow.app.HostileCorpus.TWENTY_MB;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.app.embedded.EmbeddedKafkaBroker;
import io.newsflow.schema.DeadLetter;
import io.newsflow.schema.Topics;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One folder of hostile saved pages (a gzip bomb, binary noise, a PDF, broken encodings, deep
 * nesting, a 20 MB page) among good ones, through {@code newsflow extract} in a JVM of its own with
 * the default heap and through {@code newsflow run --input} on a real broker: both must make
 * articles of the same files, with the same title and text, and refuse the others for the same
 * reason at the same stage.
 */
class HostileFolderIT {
  static final Path JAR = RunOutput.repoRoot().resolve("app/target/newsflow.jar");

  @TempDir static Path work;
  static Path pages;
  static int extractExitCode;
  static String extractErr;
  static Map<String, Outcome> extracted;
  static Map<String, Outcome> ran;

  /** What became of one file in one command; title and text only for an article. */
  record Outcome(boolean article, String stage, String reason, String title, String text) {
    static Outcome article(String title, String text) {
      return new Outcome(true, "enrich", null, title, text);
    }

    static Outcome deadLetter(String stage, String reason) {
      return new Outcome(false, stage, reason, null, null);
    }

    @Override
    public String toString() {
      return article ? "article \"" + title + "\"" : "dead letter " + stage + "/" + reason;
    }
  }

  @BeforeAll
  static void runExtractAndThePipelineOnOneHostileFolder() throws Exception {
    pages = HostileCorpus.write(work.resolve("pages"));
    runExtract();
    runPipeline();
  }

  /**
   * In a JVM of its own with the JVM's default heap: an OutOfMemoryError there would end the
   * command.
   */
  static void runExtract() throws Exception {
    assertTrue(Files.exists(JAR), "package the jar first: " + JAR);
    Path err = work.resolve("extract.err");
    Process p =
        new ProcessBuilder(
                ServicesIT.javaBin(),
                "-jar",
                JAR.toString(),
                "extract",
                pages.toString(),
                "--out",
                work.resolve("extract.json").toString(),
                "--report",
                work.resolve("report.jsonl").toString())
            .directory(work.toFile())
            .redirectOutput(work.resolve("extract.out").toFile())
            .redirectError(err.toFile())
            .start();
    if (!p.waitFor(10, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("extract did not finish in 10 minutes");
    }
    extractExitCode = p.exitValue();
    extractErr = Files.readString(err, StandardCharsets.UTF_8);
    System.out.println(extractErr);
    extracted =
        extractOutcomes(
            RunOutput.JSON.readTree(work.resolve("extract.json").toFile()),
            work.resolve("report.jsonl"));
  }

  static Map<String, Outcome> extractOutcomes(JsonNode json, Path report) throws IOException {
    Map<String, Outcome> outcomes = new TreeMap<>();
    for (String line : Files.readAllLines(report, StandardCharsets.UTF_8)) {
      JsonNode r = RunOutput.JSON.readTree(line);
      String file = Path.of(r.get("file").asText()).getFileName().toString();
      JsonNode a = json.get(r.get("name").asText());
      outcomes.put(
          file,
          r.get("outcome").asText().equals("article")
              ? Outcome.article(a.get("title").asText(), a.get("articleBody").asText())
              : Outcome.deadLetter(r.get("stage").asText(), r.get("reason").asText()));
    }
    return outcomes;
  }

  static void runPipeline() throws Exception {
    try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(work.resolve("broker"), 16 << 20)) {
      Path out = work.resolve("run-out");
      RunOutput run =
          RunOutput.newsflow(
              "run",
              "--bootstrap-servers",
              broker.bootstrapServers(),
              "--input",
              pages.toString(),
              "--work-dir",
              work.resolve("run").toString(),
              "--out",
              out.toString());
      assertEquals(0, run.exitCode, run.stdout);
      ran = new TreeMap<>();
      for (JsonNode a : RunOutput.articles(out)) {
        ran.put(
            fileName(a.get("url").asText()),
            Outcome.article(a.get("title").asText(), a.get("text").asText()));
      }
      for (DeadLetter d : deadLetters(broker.bootstrapServers(), pageCount() - ran.size())) {
        ran.put(fileName(d.getUrl()), Outcome.deadLetter(d.getStage(), d.getReason()));
      }
    }
  }

  /**
   * The dead-letter topic from the start, until {@code expected} letters are read (or a minute
   * passed).
   */
  static List<DeadLetter> deadLetters(String bootstrapServers, int expected) {
    Map<String, Object> config =
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
            bootstrapServers,
            ConsumerConfig.ISOLATION_LEVEL_CONFIG,
            "read_committed");
    List<DeadLetter> letters = new ArrayList<>();
    try (KafkaConsumer<String, byte[]> c =
        new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> parts =
          c.partitionsFor("news.dead-letter", Duration.ofSeconds(30)).stream()
              .map(p -> new TopicPartition(p.topic(), p.partition()))
              .toList();
      c.assign(parts);
      c.seekToBeginning(parts);
      Instant deadline = Instant.now().plusSeconds(60);
      while (letters.size() < expected && Instant.now().isBefore(deadline)) {
        c.poll(Duration.ofMillis(200))
            .forEach(r -> letters.add(Topics.DEAD_LETTER_SERDE.decode(r.value())));
      }
    }
    return letters;
  }

  static String fileName(String url) {
    return Path.of(URI.create(url)).getFileName().toString();
  }

  static int pageCount() throws IOException {
    try (var files = Files.list(pages)) {
      return (int) files.count();
    }
  }

  @Test
  void extractSurvivesTheBombAndTheRestWithTheDefaultHeap() throws IOException {
    assertFalse(extractErr.contains("OutOfMemoryError"), extractErr);
    assertEquals(0, extractExitCode, "every file has an outcome, refusals included: " + extractErr);
    long articles = extracted.values().stream().filter(Outcome::article).count();
    String summary =
        "extract: "
            + pageCount()
            + " files, "
            + articles
            + " articles, "
            + (pageCount() - articles)
            + " rejected\n";
    assertTrue(extractErr.contains(summary), extractErr);
    extracted.forEach(
        (file, o) -> {
          if (!o.article()) {
            assertTrue(
                extractErr.contains("extract: " + pages.resolve(file) + ": " + o.reason() + ": "),
                file + " is refused on standard error: " + extractErr);
          }
        });
  }

  @Test
  void bothCommandsGiveEveryFileOneOutcome() throws IOException {
    assertEquals(pageCount(), extracted.size(), extracted.toString());
    assertEquals(extracted.keySet(), ran.keySet(), "run: " + ran);
  }

  /**
   * The same files are articles, with the same title and text; the others are dead letters for the
   * same reason at the same stage (both read and enrich a file with the same code, so no stage may
   * differ).
   */
  @Test
  void extractAndRunAgreeFileByFile() {
    List<String> disagreements = new ArrayList<>();
    extracted.forEach(
        (file, e) -> {
          Outcome r = ran.get(file);
          if (!e.equals(r)) {
            disagreements.add(
                file
                    + ": extract "
                    + e
                    + ", run "
                    + r
                    + (e.article() && r != null && r.article() ? " (titles or texts differ)" : ""));
          }
        });
    assertEquals(List.of(), disagreements);
  }

  @Test
  void hostilePagesAreRefusedForWhatTheyAre() {
    Map<String, String> expected =
        Map.of(
            BOMB, "dead letter ingest/body_too_large",
            TWENTY_MB, "dead letter ingest/body_too_large",
            TRUNCATED_GZIP, "dead letter ingest/io_error",
            NOISE, "dead letter enrich/not_html",
            PDF, "dead letter enrich/not_html");
    expected.forEach(
        (file, outcome) -> assertEquals(outcome, extracted.get(file).toString(), file));
  }

  @Test
  void goodArticlesComeThroughAFewBadBytesDeepNestingAndBogusReferencesAround() {
    for (String file : List.of(GOOD_1, GOOD_2, INVALID_UTF8, DEEP_NESTING, BOGUS_REFS_AROUND)) {
      Outcome o = extracted.get(file);
      assertTrue(o.article() && o.text().split("\\s+").length >= 20, file + ": " + o);
    }
    assertEquals(
        "Now ‘friends of steel’: Xi and Putin meet in Moscow", extracted.get(GOOD_1).title());
    assertTrue(
        extracted.get(INVALID_UTF8).text().contains("Xi"), extracted.get(INVALID_UTF8).text());
    assertFalse(
        extracted.get(BOGUS_REFS_AROUND).text().contains("&bogus;"),
        "the flood is not the article");
  }

  @Test
  void extractWritesValidUnicodeOnly() throws IOException {
    for (String output : List.of("extract.json", "report.jsonl")) {
      byte[] bytes = Files.readAllBytes(work.resolve(output));
      String text;
      try {
        text =
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
      } catch (CharacterCodingException e) {
        throw new AssertionError(output + " is not UTF-8", e);
      }
      for (String json : output.endsWith(".jsonl") ? text.lines().toList() : List.of(text)) {
        assertNoLoneSurrogates(
            output, RunOutput.JSON.readTree(json)); // \\uD800 escapes decode to lone surrogates
      }
    }
  }

  static void assertNoLoneSurrogates(String where, JsonNode node) {
    if (node.isTextual()) {
      String s = node.asText();
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        boolean paired =
            Character.isHighSurrogate(c)
                && i + 1 < s.length()
                && Character.isLowSurrogate(s.charAt(i + 1));
        if (paired) {
          i++;
        } else {
          assertFalse(Character.isSurrogate(c), where + ": a lone surrogate at " + i + " of " + s);
        }
      }
    }
    node.fieldNames().forEachRemaining(f -> assertNoLoneSurrogates(where, node.get(f)));
    node.elements().forEachRemaining(e -> assertNoLoneSurrogates(where, e));
  }

  // Read as a browser reads them.

  /**
   * jsoup turns {@code &#xD800;} into a lone surrogate; the article carries U+FFFD, as a browser
   * shows.
   */
  @Test
  void bogusReferencesInTheTextReadAsABrowserReadsThemInBothCommands() {
    Outcome o = articleInBoth(BOGUS_REFS_INSIDE);
    assertTrue(
        o.text().startsWith("\uFFFD &bogus; \uD83D\uDE00 \uD83D\uDE00 \uFFFD\u00ACanentity; "),
        o.text());
  }

  @Test
  void aPageLyingAboutItsCharsetIsReadInTheCharsetOfItsBytesInBothCommands() {
    Outcome o = articleInBoth(CHARSET_LIE);
    assertEquals(HostileCorpus.GERMAN_TITLE, o.title());
    assertTrue(o.text().startsWith("Grüße aus München: Die Stadt begrüßt ihre Gäste"), o.text());
  }

  @Test
  void nulBytesInTheTextAreDroppedAsABrowserDropsThemInBothCommands() {
    Outcome o = articleInBoth(NUL_BYTES);
    assertTrue(o.text().startsWith("The harbour council approved the new budget"), o.text());
  }

  static Outcome articleInBoth(String file) {
    Outcome o = extracted.get(file);
    assertTrue(o.article(), file + " in extract: " + o);
    assertEquals(o, ran.get(file), file + " in run");
    return o;
  }
}
