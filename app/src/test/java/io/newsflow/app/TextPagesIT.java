package io.newsflow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.app.embedded.EmbeddedKafkaBroker;
import io.newsflow.enrich.EnrichConfig;
import io.newsflow.enrich.EnrichConfig.SiteMemorySettings;
import io.newsflow.enrich.EnrichService;
import io.newsflow.schema.Article;
import io.newsflow.schema.KafkaConnection;
import io.newsflow.schema.RawPage;
import io.newsflow.schema.SourceKind;
import io.newsflow.schema.TopicCreator;
import io.newsflow.schema.TopicSettings;
import io.newsflow.schema.Topics;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text pages on a real broker: the repartition by site and the changelogged site memory. After
 * enrich is stopped and started again with an empty state directory (a new machine), the memory
 * comes back from its changelog topic.
 */
class TextPagesIT {
  static final String CHROME =
      "Zorblax Gazette: the morning quizzes of Lower Vantry, now with fresh grumbles";
  static final int MIN_PAGES = 3;

  @TempDir Path work;

  @Test
  void theSiteMemoryIsLearnedInTheStreamAndSurvivesARestartWithoutLocalState() throws Exception {
    try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(work.resolve("broker"), 16 << 20)) {
      KafkaConnection kafka = KafkaConnection.to(broker.bootstrapServers());
      TopicSettings topics = TopicSettings.defaults();
      TopicCreator.createMissing(kafka, topics);
      SiteMemorySettings memory = new SiteMemorySettings(MIN_PAGES, Duration.ofDays(30), 500);
      try (KafkaProducer<String, byte[]> producer = producer(broker);
          KafkaConsumer<String, Article> consumer = consumer(broker)) {
        consumer.subscribe(List.of(topics.articles()));
        List<Article> before;
        try (EnrichService enrich =
            new EnrichService(kafka, topics, config(work.resolve("state-1"), memory))) {
          enrich.start();
          for (int n = 0; n < MIN_PAGES; n++) {
            send(producer, topics, "https://site" + ".example/story-" + n, n);
          }
          before = await(consumer, MIN_PAGES);
        }
        assertTrue(before.stream().allMatch(a -> a.getText().contains(CHROME)), "not yet learned");

        try (EnrichService enrich =
            new EnrichService(kafka, topics, config(work.resolve("state-2"), memory))) {
          enrich.start();
          send(producer, topics, "https://site.example/story-after-restart", 42);
          Article after = await(consumer, 1).get(0);
          assertFalse(
              after.getText().contains(CHROME), "restored from the changelog: " + after.getText());
          assertTrue(after.getText().contains("committee met on day 42"), after.getText());
        }
      }
    }
  }

  @Test
  void theSeedTextFilesRunThroughThePipelineAsTheyAre() {
    Path seeds = RunOutput.repoRoot().resolveSibling("shared").resolve("seeds");
    org.junit.jupiter.api.Assumptions.assumeTrue(
        java.nio.file.Files.isDirectory(seeds), "../shared/seeds not found");
    Path out = work.resolve("out");
    RunOutput run =
        RunOutput.newsflow(
            "run",
            "--input",
            seeds.toString(),
            "--work-dir",
            work.toString(),
            "--out",
            out.toString());
    assertEquals(0, run.exitCode, run.stdout);
    List<com.fasterxml.jackson.databind.JsonNode> articles = RunOutput.articles(out);
    assertEquals(5, articles.size(), run.stdout);
    for (var a : articles) {
      String text = a.get("text").asText();
      for (String chrome :
          List.of(
              "Pin It on Pinterest",
              "Share This",
              "Related posts",
              "TheWorldsNews",
              "(Ann Wang/Reuters)",
              "FILE PHOTO",
              "Photo: Kremlin.ru",
              "[Source: Reuters]",
              "(This is a Reuters' story)",
              "Telegram-channel",
              "13 C")) {
        assertFalse(text.contains(chrome), a.get("url") + " still contains " + chrome);
      }
    }
    assertTrue(
        articles.stream()
            .anyMatch(a -> "[Source: Reuters]".equals(a.get("source_attribution").asText(null))));
    assertTrue(
        articles.stream()
            .anyMatch(
                a ->
                    "Now ‘friends of steel’: Xi and Putin meet in Moscow"
                        .equals(a.get("title").asText(null))));
  }

  static EnrichConfig config(Path state, SiteMemorySettings memory) {
    return EnrichConfig.defaults(state).withSiteMemory(memory);
  }

  static void send(KafkaProducer<String, byte[]> producer, TopicSettings topics, String url, int n)
      throws Exception {
    send(producer, topics, url, pageText(n));
  }

  /** A text page as a producer publishes it: the text as a {@code text/plain} body, sent. */
  static void send(
      KafkaProducer<String, byte[]> producer, TopicSettings topics, String url, String text)
      throws Exception {
    RawPage page =
        RawPage.newBuilder()
            .setRequestedUrl(url)
            .setFinalUrl(url)
            .setFetchedAt(Instant.now())
            .setHttpStatus(200)
            .setContentType("text/plain")
            .setHeaders(Map.of())
            .setBody(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)))
            .setSourceKind(SourceKind.PIPE)
            .build();
    producer
        .send(new ProducerRecord<>(topics.rawPages(), url, Topics.RAW_PAGE_SERDE.encode(page)))
        .get();
  }

  static String pageText(int n) {
    return "Story number "
        + n
        + "\n\n"
        + "The committee met on day "
        + n
        + " to discuss the plans for the coming season, and members agreed that the work should start soon.\n\n"
        + CHROME
        + "\n\n"
        + "Residents said they had waited "
        + (n + 3)
        + " years for this decision, and several of them spoke at length during the meeting.\n";
  }

  static List<Article> await(KafkaConsumer<String, Article> consumer, int count) {
    List<Article> got = new ArrayList<>();
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (got.size() < count && System.nanoTime() < deadline) {
      for (ConsumerRecord<String, Article> r : consumer.poll(Duration.ofMillis(500))) {
        got.add(r.value());
      }
    }
    assertEquals(count, got.size(), "articles within the time limit");
    return got;
  }

  static KafkaProducer<String, byte[]> producer(EmbeddedKafkaBroker broker) {
    return new KafkaProducer<>(
        producerConfig(broker), new StringSerializer(), new ByteArraySerializer());
  }

  /** A producer of pages up to the broker's 16 MB limit. */
  static Map<String, Object> producerConfig(EmbeddedKafkaBroker broker) {
    return Map.of(
        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
        broker.bootstrapServers(),
        ProducerConfig.MAX_REQUEST_SIZE_CONFIG,
        16 << 20);
  }

  static KafkaConsumer<String, Article> consumer(EmbeddedKafkaBroker broker) {
    return new KafkaConsumer<>(
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
            broker.bootstrapServers(),
            ConsumerConfig.GROUP_ID_CONFIG,
            "text-pages-it",
            ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
            "earliest",
            ConsumerConfig.ISOLATION_LEVEL_CONFIG,
            "read_committed"),
        new StringDeserializer(),
        Topics.ARTICLE_SERDE.deserializer());
  }
}
