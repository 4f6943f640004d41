package io.newsflow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newsflow.app.embedded.EmbeddedKafkaBroker;
import io.newsflow.enrich.EnrichConfig;
import io.newsflow.enrich.EnrichService;
import io.newsflow.enrich.dedup.CopyCorpus;
import io.newsflow.enrich.dedup.CopyScore;
import io.newsflow.schema.Article;
import io.newsflow.schema.KafkaConnection;
import io.newsflow.schema.RawPage;
import io.newsflow.schema.SourceKind;
import io.newsflow.schema.TopicCreator;
import io.newsflow.schema.TopicSettings;
import io.newsflow.schema.Topics;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Copy detection through Kafka: the generated corpus (5,000+ articles, 1,000 copies, 500 hard
 * negatives) on a 4-partition raw topic, two enrich instances. The originals and negatives go
 * first; then both instances stop and two new ones start on empty state directories, so the copies
 * after them are only found if the dedup state came back from its changelog.
 */
class DedupIT {
  static final double MIN_PRECISION = 0.99;
  static final double MIN_RECALL = 0.95;

  @TempDir Path work;

  @Test
  void copiesAreFoundAcrossPartitionsAndInstancesAfterARestartWithEmptyState() throws Exception {
    CopyCorpus.Corpus corpus = CopyCorpus.generate(1000, 500, 16).orElse(null);
    assumeTrue(corpus != null, "../shared/datasets not present");
    TopicSettings topics = TopicSettings.defaults().withPartitions(4);
    Map<String, CopyCorpus.Page> pageOfUrl = new HashMap<>();
    corpus.all().forEach(p -> pageOfUrl.put(p.url(), p));
    CopyScore score = new CopyScore(corpus.all());
    List<CopyCorpus.Page> first = new ArrayList<>(corpus.originals());
    first.addAll(corpus.negatives());
    try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(work.resolve("broker"), 16 << 20)) {
      KafkaConnection kafka = KafkaConnection.to(broker.bootstrapServers());
      TopicCreator.createMissing(kafka, topics);
      try (KafkaProducer<String, byte[]> producer = producer(broker);
          KafkaConsumer<String, Article> articles = TextPagesIT.consumer(broker);
          KafkaConsumer<String, byte[]> letters = letters(broker)) {
        articles.subscribe(List.of(topics.articles()));
        letters.subscribe(List.of(topics.deadLetter()));
        long start = System.nanoTime();
        runPhase(kafka, topics, "1", producer, first, articles, letters, pageOfUrl, score);
        double firstSeconds = (System.nanoTime() - start) / 1e9;
        // new instances, empty state directories: the dedup stores come back from the changelog
        runPhase(
            kafka, topics, "2", producer, corpus.copies(), articles, letters, pageOfUrl, score);
        System.out.printf(
            java.util.Locale.ROOT,
            "DedupIT: %d pages, 4 partitions, two enrich instances, restarted on empty state"
                + " before the copies (first phase %.0f s)%n%s",
            corpus.all().size(),
            firstSeconds,
            score.report());
      }
    }
    assertTrue(score.precision() >= MIN_PRECISION, score.report());
    assertTrue(score.recall() >= MIN_RECALL, score.report());
  }

  private void runPhase(
      KafkaConnection kafka,
      TopicSettings topics,
      String phase,
      KafkaProducer<String, byte[]> producer,
      List<CopyCorpus.Page> pages,
      KafkaConsumer<String, Article> articles,
      KafkaConsumer<String, byte[]> letters,
      Map<String, CopyCorpus.Page> pageOfUrl,
      CopyScore score)
      throws Exception {
    try (EnrichService a =
            new EnrichService(kafka, topics, EnrichConfig.defaults(work.resolve("a" + phase)));
        EnrichService b =
            new EnrichService(kafka, topics, EnrichConfig.defaults(work.resolve("b" + phase)))) {
      a.start();
      b.start();
      List<Future<RecordMetadata>> sent = new ArrayList<>();
      for (CopyCorpus.Page p : pages) {
        sent.add(producer.send(new ProducerRecord<>(topics.rawPages(), p.url(), encode(p))));
      }
      producer.flush();
      for (Future<RecordMetadata> f : sent) {
        f.get(
            11, TimeUnit.MINUTES); // a page the broker never took is the test's loss, not enrich's
      }
      Set<String> seen = new HashSet<>();
      int out = 0;
      long deadline = System.nanoTime() + Duration.ofMinutes(6).toNanos();
      while (out < pages.size() && System.nanoTime() < deadline) {
        for (ConsumerRecord<String, Article> r : articles.poll(Duration.ofMillis(200))) {
          Article article = r.value();
          if (seen.add(article.getUrl())) { // a page the producer sent twice is one page
            score.add(pageOfUrl.get(article.getUrl()), article.getId(), article.getDuplicateOf());
            out++;
          }
        }
        for (ConsumerRecord<String, byte[]> r : letters.poll(Duration.ofMillis(10))) {
          out += seen.add(Topics.DEAD_LETTER_SERDE.decode(r.value()).getUrl()) ? 1 : 0;
        }
      }
      assertEquals(
          pages.size(),
          out,
          () ->
              "phase "
                  + phase
                  + ": an article or dead letter per page; missing: "
                  + pages.stream()
                      .map(CopyCorpus.Page::url)
                      .filter(u -> !seen.contains(u))
                      .toList());
    }
  }

  /** Where the enrich application stands on each input it reads: committed offset of end offset. */
  private static String progress(KafkaConnection kafka) {
    try (Admin admin = Admin.create(kafka.clientConfig())) {
      Map<TopicPartition, OffsetAndMetadata> committed =
          admin
              .listConsumerGroupOffsets(EnrichConfig.DEFAULT_APPLICATION_ID)
              .partitionsToOffsetAndMetadata()
              .get(30, TimeUnit.SECONDS);
      Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
      committed.keySet().forEach(tp -> latest.put(tp, OffsetSpec.latest()));
      var ends = admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS);
      StringBuilder s = new StringBuilder("committed/end:");
      committed.forEach(
          (tp, o) ->
              s.append(' ')
                  .append(tp)
                  .append('=')
                  .append(o == null ? "none" : o.offset())
                  .append('/')
                  .append(ends.get(tp).offset()));
      // an open transaction holds back every read_committed reader of its partitions
      admin
          .listTransactions()
          .all()
          .get(30, TimeUnit.SECONDS)
          .forEach(t -> s.append("; transaction ").append(t));
      return s.toString();
    } catch (Exception e) {
      return "progress unknown: " + e;
    }
  }

  private static byte[] encode(CopyCorpus.Page p) {
    return Topics.RAW_PAGE_SERDE.encode(
        RawPage.newBuilder()
            .setRequestedUrl(p.url())
            .setFinalUrl(p.url())
            .setFetchedAt(Instant.now())
            .setHttpStatus(200)
            .setContentType(p.contentType())
            .setHeaders(Map.of())
            .setBody(ByteBuffer.wrap(p.bytes()))
            .setSourceKind(SourceKind.PIPE)
            .build());
  }

  /**
   * Not idempotent, one request in flight: an idempotent producer was seen here retrying its first
   * batch forever with OutOfOrderSequenceException (the broker had the batch and five more after
   * it), while two enrich instances started in the same JVM; a page sent twice is counted once
   * above.
   */
  private static KafkaProducer<String, byte[]> producer(EmbeddedKafkaBroker broker) {
    Map<String, Object> config = new HashMap<>(TextPagesIT.producerConfig(broker));
    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, false);
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1);
    // thousands of pages at once to a broker that shares two cores with two enrich instances: a
    // batch may wait minutes for it, and a send given up would look like a lost page
    config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 600_000);
    config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 600_000);
    return new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
  }

  private static KafkaConsumer<String, byte[]> letters(EmbeddedKafkaBroker broker) {
    return new KafkaConsumer<>(
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
            broker.bootstrapServers(),
            ConsumerConfig.GROUP_ID_CONFIG,
            "dedup-it-letters",
            ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
            "earliest",
            ConsumerConfig.ISOLATION_LEVEL_CONFIG,
            "read_committed"),
        new StringDeserializer(),
        new ByteArrayDeserializer());
  }
}
