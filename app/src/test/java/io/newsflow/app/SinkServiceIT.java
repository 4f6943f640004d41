package io.newsflow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.app.embedded.EmbeddedKafkaBroker;
import io.newsflow.schema.Article;
import io.newsflow.schema.DeadLetter;
import io.newsflow.schema.KafkaConnection;
import io.newsflow.schema.RawPageRef;
import io.newsflow.schema.TopicCreator;
import io.newsflow.schema.TopicSettings;
import io.newsflow.schema.Topics;
import io.newsflow.schema.deadletter.DeadLetterReason;
import io.newsflow.schema.deadletter.Stage;
import io.newsflow.sink.SinkConfig;
import io.newsflow.sink.SinkListener;
import io.newsflow.sink.SinkService;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sink against a real broker: what a stop does to the batch in hand, what becomes of a bad
 * record.
 */
class SinkServiceIT {
  static final TopicSettings TOPICS = TopicSettings.defaults();

  @TempDir Path work;

  /**
   * A SIGTERM lands while a batch is being written (here: the sink's clock, read at each line,
   * stops it). The batch on disk must be counted and committed, so the next sink neither writes it
   * twice nor reports it as a duplicate.
   */
  @Test
  void aStopWhileABatchIsWrittenStillCountsAndCommitsIt() throws Exception {
    try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(work.resolve("broker"), 16 << 20)) {
      KafkaConnection kafka = KafkaConnection.to(broker.bootstrapServers());
      TopicCreator.createMissing(kafka, TOPICS);
      SinkConfig config = SinkConfig.defaults(work.resolve("out"));
      publish(kafka, 0, 5);

      AtomicReference<SinkService> running = new AtomicReference<>();
      Clock stopsAtFirstLine = new StoppingClock(() -> running.get().stop());
      SinkService first =
          new SinkService(kafka, TOPICS, config, SinkListener.NONE, stopsAtFirstLine);
      running.set(first);
      runToEnd(first);
      long firstBatch = RunOutput.articles(config.outDir()).size();
      assertTrue(firstBatch >= 1, "the batch in hand is finished");
      assertEquals(firstBatch, first.stats().writtenCount(), "what is on disk is counted");
      assertEquals(firstBatch, committedOffsets(kafka, config.groupId()), "... and committed");

      publish(kafka, 5, 3);
      long[] stored = {firstBatch};
      SinkListener stopsAtTheEnd =
          new SinkListener() {
            @Override
            public void articleStored(Article article, boolean written) {
              if (++stored[0] == 8) {
                running.get().stop();
              }
            }
          };
      SinkService second = new SinkService(kafka, TOPICS, config, stopsAtTheEnd, Clock.systemUTC());
      running.set(second);
      runToEnd(second);
      assertEquals(0, second.stats().duplicateCount(), "nothing of the first batch comes again");
      assertEquals(8 - firstBatch, second.stats().writtenCount());
      List<JsonNode> lines = RunOutput.articles(config.outDir());
      assertEquals(8, lines.stream().map(l -> l.get("id").asText()).distinct().count());
      assertEquals(8, lines.size());
      assertEquals(8, committedOffsets(kafka, config.groupId()));
    }
  }

  @Test
  void anUndecodableRecordBecomesACountedDeadLetterOfTheSinkWithItsBytesAndOrigin()
      throws Exception {
    try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(work.resolve("broker"), 16 << 20)) {
      KafkaConnection kafka = KafkaConnection.to(broker.bootstrapServers());
      TopicCreator.createMissing(kafka, TOPICS);
      RecordMetadata bad;
      try (KafkaProducer<String, byte[]> producer =
          new KafkaProducer<>(
              kafka.clientConfig(), new StringSerializer(), new ByteArraySerializer())) {
        bad =
            producer
                .send(new ProducerRecord<>(TOPICS.articles(), "bad", new byte[] {9, 9, 9}))
                .get();
      }
      publish(kafka, 0, 1);

      SinkService sink =
          new SinkService(
              kafka,
              TOPICS,
              SinkConfig.defaults(work.resolve("out")),
              SinkListener.NONE,
              Clock.systemUTC());
      Thread thread = new Thread(sink::run, "sink-under-test");
      thread.start();
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while ((sink.deadLetterCounts().total() < 1 || sink.stats().writtenCount() < 1)
          && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      sink.stop();
      thread.join(30_000);

      assertEquals(
          Map.of(Stage.SINK, Map.of(DeadLetterReason.NOT_DECODABLE, 1L)),
          sink.deadLetterCounts().snapshot());
      assertEquals(1, sink.stats().undecodableCount());
      assertEquals(1, sink.stats().writtenCount(), "the good article after it is written");
      DeadLetter letter = Topics.DEAD_LETTER_SERDE.decode(deadLetters(kafka, 1).get(0));
      assertEquals("sink", letter.getStage());
      assertEquals("not_decodable", letter.getReason());
      assertEquals(ByteBuffer.wrap("bad".getBytes(StandardCharsets.UTF_8)), letter.getKey());
      assertEquals(ByteBuffer.wrap(new byte[] {9, 9, 9}), letter.getValue());
      assertEquals(TOPICS.articles(), letter.getTopic());
      assertEquals(bad.partition(), letter.getPartition());
      assertEquals(bad.offset(), letter.getOffset());
    }
  }

  @Test
  void withSkipDuplicatesOnlyOriginalsAreWrittenAndCopiesAreCountedAndCommitted() throws Exception {
    try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(work.resolve("broker"), 16 << 20)) {
      KafkaConnection kafka = KafkaConnection.to(broker.bootstrapServers());
      TopicCreator.createMissing(kafka, TOPICS);
      try (KafkaProducer<String, byte[]> producer =
          new KafkaProducer<>(
              kafka.clientConfig(), new StringSerializer(), new ByteArraySerializer())) {
        for (int i = 0; i < 4; i++) {
          Article a = article("article-" + i, i);
          if (i % 2 == 1) { // 1 and 3 are copies of 0
            a.setDuplicateOf("article-0");
            a.setSimilarity(0.9);
          }
          producer
              .send(
                  new ProducerRecord<>(
                      TOPICS.articles(), a.getId(), Topics.ARTICLE_SERDE.encode(a)))
              .get();
        }
      }
      Path out = work.resolve("out");
      SinkService sink =
          new SinkService(
              kafka,
              TOPICS,
              SinkConfig.defaults(out).withSkipDuplicates(true),
              SinkListener.NONE,
              Clock.systemUTC());
      Thread thread = new Thread(sink::run, "sink-under-test");
      thread.start();
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (sink.stats().writtenCount() + sink.stats().copiesSkippedCount() < 4
          && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      sink.stop();
      thread.join(30_000);

      assertEquals(2, sink.stats().writtenCount());
      assertEquals(2, sink.stats().copiesSkippedCount());
      List<com.fasterxml.jackson.databind.JsonNode> written = RunOutput.articles(out);
      assertEquals(
          List.of("article-0", "article-2"),
          written.stream().map(n -> n.get("id").asText()).sorted().toList());
      assertTrue(written.stream().allMatch(n -> n.get("duplicate_of").isNull()));
      assertEquals(4, committedOffsets(kafka, SinkConfig.DEFAULT_GROUP_ID), "copies committed");
    }
  }

  static List<byte[]> deadLetters(KafkaConnection kafka, int expected) {
    Map<String, Object> props = kafka.clientConfig();
    props.put(ConsumerConfig.GROUP_ID_CONFIG, "sink-it-dead-letters");
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    List<byte[]> values = new ArrayList<>();
    try (KafkaConsumer<String, byte[]> consumer =
        new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
      consumer.subscribe(List.of(TOPICS.deadLetter()));
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (values.size() < expected && System.nanoTime() < deadline) {
        consumer.poll(Duration.ofMillis(200)).forEach(r -> values.add(r.value()));
      }
    }
    assertEquals(expected, values.size(), "dead letters on " + TOPICS.deadLetter());
    return values;
  }

  /** The system clock, which runs an action the first time it is read. */
  static final class StoppingClock extends Clock {
    private final Runnable action;
    private boolean done;

    StoppingClock(Runnable action) {
      this.action = action;
    }

    @Override
    public Instant instant() {
      if (!done) {
        done = true;
        action.run();
      }
      return Instant.now();
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }
  }

  static void runToEnd(SinkService sink) throws InterruptedException {
    Thread thread = new Thread(sink::run, "sink-under-test");
    thread.start();
    thread.join(60_000);
    if (thread.isAlive()) {
      sink.stop();
      thread.join(30_000);
    }
    assertFalse(thread.isAlive(), "the sink stops");
  }

  static void publish(KafkaConnection kafka, int from, int count) throws Exception {
    try (KafkaProducer<String, byte[]> producer =
        new KafkaProducer<>(
            kafka.clientConfig(), new StringSerializer(), new ByteArraySerializer())) {
      for (int i = from; i < from + count; i++) {
        String id = "article-" + i;
        producer
            .send(
                new ProducerRecord<>(
                    TOPICS.articles(), id, Topics.ARTICLE_SERDE.encode(article(id, i))))
            .get();
      }
    }
  }

  static long committedOffsets(KafkaConnection kafka, String group) throws Exception {
    try (Admin admin = Admin.create(kafka.clientConfig())) {
      return admin
          .listConsumerGroupOffsets(group)
          .partitionsToOffsetAndMetadata()
          .get()
          .values()
          .stream()
          .mapToLong(OffsetAndMetadata::offset)
          .sum();
    }
  }

  static Article article(String id, long rawOffset) {
    Instant t = Instant.parse("2025-05-09T10:00:00Z");
    String url = "https://news.example.com/" + id;
    return Article.newBuilder()
        .setId(id)
        .setUrl(url)
        .setCanonicalUrl(url)
        .setTitle("Story " + id)
        .setAuthors(List.of())
        .setText("One sentence of " + id + ".")
        .setWordCount(4)
        .setEntities(List.of())
        .setRaw(new RawPageRef(TOPICS.rawPages(), 0, rawOffset, url, t))
        .setExtractedAt(t)
        .build();
  }
}
