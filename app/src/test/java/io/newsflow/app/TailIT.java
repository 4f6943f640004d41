package io.newsflow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.app.embedded.EmbeddedKafkaBroker;
import io.newsflow.schema.Article;
import io.newsflow.schema.KafkaConnection;
import io.newsflow.schema.RawPageRef;
import io.newsflow.schema.TopicCreator;
import io.newsflow.schema.TopicSettings;
import io.newsflow.schema.Topics;
import io.newsflow.schema.deadletter.DeadLetterOrigin;
import io.newsflow.schema.deadletter.DeadLetterReason;
import io.newsflow.schema.deadletter.DeadLetters;
import io.newsflow.schema.deadletter.Stage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code newsflow tail} on the embedded broker: articles and dead letters decoded with the schemas,
 * bodies abbreviated, and records that are not ours reported one line each while the tail goes on.
 */
class TailIT {
  static final TopicSettings TOPICS = TopicSettings.defaults();
  static final Instant T = Instant.parse("2026-12-06T02:00:00Z");

  @TempDir static Path work;
  static EmbeddedKafkaBroker broker;

  /** What one run of the command printed. */
  record Tail(int exitCode, List<String> lines, List<String> errors) {
    List<JsonNode> json() throws Exception {
      List<JsonNode> out = new ArrayList<>();
      for (String line : lines) {
        out.add(RunOutput.JSON.readTree(line));
      }
      return out;
    }
  }

  @BeforeAll
  static void fillTopics() throws Exception {
    broker = EmbeddedKafkaBroker.start(work.resolve("broker"), 16 << 20);
    KafkaConnection kafka = KafkaConnection.to(broker.bootstrapServers());
    TopicCreator.createMissing(kafka, TOPICS);
    DeadLetters letters = new DeadLetters(Stage.ENRICH, Clock.systemUTC());
    byte[] bigPage =
        ("<html><body>" + "word ".repeat(2000) + "</body></html>").getBytes(StandardCharsets.UTF_8);
    try (KafkaProducer<String, byte[]> producer =
        new KafkaProducer<>(
            kafka.clientConfig(), new StringSerializer(), new ByteArraySerializer())) {
      // Partition 0 in a known order: two articles, garbage, an unknown schema, two articles.
      send(producer, TOPICS.articles(), "a1", Topics.ARTICLE_SERDE.encode(article("a1")));
      send(producer, TOPICS.articles(), "a2", Topics.ARTICLE_SERDE.encode(article("a2")));
      send(producer, TOPICS.articles(), "junk", "not avro at all".getBytes(StandardCharsets.UTF_8));
      byte[] unknown = Topics.ARTICLE_SERDE.encode(article("a0"));
      unknown[2] ^= 0x5a; // a fingerprint no schema of ours has
      send(producer, TOPICS.articles(), "a0", unknown);
      send(producer, TOPICS.articles(), "a3", Topics.ARTICLE_SERDE.encode(article("a3")));
      send(producer, TOPICS.articles(), "a4", Topics.ARTICLE_SERDE.encode(article("a4")));
      send(
          producer,
          TOPICS.deadLetter(),
          "https://example.com/x.pdf",
          Topics.DEAD_LETTER_SERDE.encode(
              letters.of(
                  DeadLetterReason.NOT_HTML,
                  "a PDF",
                  "https://example.com/x.pdf",
                  DeadLetters.utf8("https://example.com/x.pdf"),
                  "%PDF-1.7".getBytes(StandardCharsets.UTF_8),
                  new DeadLetterOrigin(TOPICS.rawPages(), 0, 7L))));
      send(
          producer,
          TOPICS.deadLetter(),
          "https://example.com/short",
          Topics.DEAD_LETTER_SERDE.encode(
              letters.of(
                  DeadLetterReason.EMPTY_AFTER_EXTRACTION,
                  "3 words of article text, fewer than 20",
                  "https://example.com/short",
                  DeadLetters.utf8("https://example.com/short"),
                  bigPage,
                  new DeadLetterOrigin(TOPICS.rawPages(), 0, 8L))));
      producer.flush();
    }
  }

  @AfterAll
  static void stopBroker() {
    broker.close();
  }

  static void send(KafkaProducer<String, byte[]> producer, String topic, String key, byte[] value)
      throws Exception {
    producer.send(new ProducerRecord<>(topic, 0, key, value)).get();
  }

  static Article article(String id) {
    String url = "https://example.com/" + id;
    return Article.newBuilder()
        .setId(id)
        .setUrl(url)
        .setCanonicalUrl(url)
        .setTitle("Story " + id)
        .setAuthors(List.of("A. Writer"))
        .setText("One sentence of " + id + ".")
        .setWordCount(4)
        .setEntities(List.of())
        .setRaw(new RawPageRef(TOPICS.rawPages(), 0, 1L, url, T))
        .setExtractedAt(T)
        .build();
  }

  static Tail tail(String... options) {
    List<String> args =
        new ArrayList<>(List.of("tail", "--bootstrap-servers", broker.bootstrapServers()));
    args.addAll(List.of(options));
    String[] argv = args.toArray(String[]::new);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = NewsflowCommand.commandLine(argv, Map.of());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(argv);
    return new Tail(code, lines(out.toString()), lines(err.toString()));
  }

  static List<String> lines(String text) {
    return text.isEmpty() ? List.of() : List.of(text.split("\n"));
  }

  @Test
  void threeArticlesFromTheBeginning() throws Exception {
    Tail tail = tail(TOPICS.articles(), "--from-beginning", "--limit", "3");
    assertEquals(0, tail.exitCode(), tail.errors().toString());
    List<JsonNode> json = tail.json();
    assertEquals(
        List.of("a1", "a2", "a3"),
        json.stream().map(n -> n.get("value").get("id").asText()).toList(),
        tail.toString());
    for (JsonNode record : json) {
      assertEquals(TOPICS.articles(), record.get("topic").asText());
      assertEquals(record.get("key").asText(), record.get("value").get("id").asText());
      assertEquals(
          "Story " + record.get("key").asText(), record.get("value").get("title").asText());
      assertEquals("A. Writer", record.get("value").get("authors").get(0).asText());
      assertEquals("2026-12-06T02:00:00Z", record.get("value").get("extracted_at").asText());
    }
  }

  @Test
  void keyFilterKeepsThatKeyOnly() throws Exception {
    Tail tail = tail(TOPICS.articles(), "--from-beginning", "--key", "a3");
    assertEquals(
        List.of("a3"),
        tail.json().stream().map(n -> n.get("key").asText()).toList(),
        tail.toString());
    assertTrue(tail.errors().isEmpty(), "filtered-out records are not decoded: " + tail.errors());
  }

  @Test
  void notOurRecordsAreOneLineErrorsAndTheTailGoesOn() throws Exception {
    Tail tail = tail(TOPICS.articles(), "--from-beginning");
    assertEquals(0, tail.exitCode());
    assertEquals(
        List.of("a1", "a2", "a3", "a4"),
        tail.json().stream().map(n -> n.get("value").get("id").asText()).toList(),
        tail.toString());
    assertEquals(2, tail.errors().size(), tail.errors().toString());
    assertTrue(
        tail.errors()
            .get(0)
            .startsWith("newsflow tail: " + TOPICS.articles() + "/0@2: does not decode as Article"),
        tail.errors().get(0));
    assertTrue(tail.errors().get(1).contains("/0@3: "), tail.errors().get(1));
    assertTrue(
        tail.errors().get(1).toLowerCase(java.util.Locale.ROOT).contains("fingerprint"),
        tail.errors().get(1));
  }

  @Test
  void deadLettersShowStageReasonAndAnAbbreviatedBody() throws Exception {
    Tail tail = tail(TOPICS.deadLetter(), "--from-beginning");
    List<JsonNode> json = tail.json();
    assertEquals(2, json.size(), tail.toString());
    assertEquals("not_html", json.get(0).get("value").get("reason").asText());
    assertEquals(
        "enrich",
        json.get(0).get("value").get("stage").asText().toLowerCase(java.util.Locale.ROOT));
    assertEquals("%PDF-1.7", json.get(0).get("value").get("value").asText());
    assertEquals("empty_after_extraction", json.get(1).get("value").get("reason").asText());
    String body = json.get(1).get("value").get("value").asText();
    assertTrue(
        body.startsWith("<html><body>word word") && body.endsWith("bytes; --body shows all)"),
        body);
    assertTrue(body.length() < 200, body);

    Tail whole =
        tail(
            TOPICS.deadLetter(),
            "--from-beginning",
            "--key",
            "https://example.com/short",
            "--body");
    assertEquals(1, whole.json().size(), whole.toString());
    assertTrue(
        whole.json().get(0).get("value").get("value").asText().endsWith("word </body></html>"));
  }

  @Test
  void partitionAndOffsetStartThere() throws Exception {
    Tail tail = tail(TOPICS.articles(), "--partition", "0", "--offset", "4");
    assertEquals(
        List.of("a3", "a4"),
        tail.json().stream().map(n -> n.get("key").asText()).toList(),
        tail.toString());
    assertTrue(tail.errors().isEmpty(), tail.errors().toString());
  }

  @Test
  void followWaitsForNewRecords() throws Exception {
    java.util.concurrent.CompletableFuture<Tail> following =
        java.util.concurrent.CompletableFuture.supplyAsync(
            () -> tail(TOPICS.sources(), "--follow", "--partition", "2", "--limit", "1"));
    Thread.sleep(3000); // the tail is waiting at the end of the empty partition
    assertTrue(!following.isDone(), "a following tail waits for records");
    try (KafkaProducer<String, byte[]> producer =
        new KafkaProducer<>(
            KafkaConnection.to(broker.bootstrapServers()).clientConfig(),
            new StringSerializer(),
            new ByteArraySerializer())) {
      producer
          .send(
              new ProducerRecord<String, byte[]>(
                  TOPICS.sources(), 2, "late", null)) // a tombstone of the compacted topic
          .get();
    }
    Tail tail = following.get(60, java.util.concurrent.TimeUnit.SECONDS);
    assertEquals(1, tail.json().size(), tail.toString());
    assertEquals("late", tail.json().get(0).get("key").asText());
    assertTrue(tail.json().get(0).get("value").isNull(), tail.toString());
  }

  @Test
  void aTopicThatIsNotOursIsAOneLineError() {
    Tail tail = tail("news.unknown");
    assertEquals(2, tail.exitCode());
    assertEquals(1, tail.errors().size(), tail.errors().toString());
    assertTrue(tail.errors().get(0).contains("not a pipeline topic"), tail.errors().toString());
  }
}
