package io.newsflow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.app.embedded.EmbeddedKafkaBroker;
import io.newsflow.enrich.EnrichConfig;
import io.newsflow.enrich.EnrichService;
import io.newsflow.enrich.dedup.DedupTopology;
import io.newsflow.schema.Article;
import io.newsflow.schema.KafkaConnection;
import io.newsflow.schema.TopicCreator;
import io.newsflow.schema.TopicSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dedup step as an application of its own: the single-partition sequence topic between the two
 * applications is purged up to what the dedup application committed, and the dedup application
 * comes back from a restart of the enrich service with its stores, deciding each article once.
 */
class DedupApplicationIT {
  private static final String[] WORDS = {
    "harbour",
    "council",
    "budget",
    "river",
    "festival",
    "bridge",
    "school",
    "farmers",
    "market",
    "station",
    "museum",
    "weather",
    "train",
    "library",
    "mayor",
    "workers",
    "garden",
    "village",
    "storm",
    "hospital",
    "ferry",
    "election",
    "orchestra",
    "bakery",
    "tunnel",
    "court",
    "stadium",
    "island",
    "factory",
    "parade",
    "nurses",
    "harvest",
    "airport",
    "castle",
    "theatre",
    "forest",
    "teachers",
    "canal",
    "lighthouse",
    "vineyard",
    "quarry",
    "pilots",
    "meadow",
    "archive",
    "cyclists",
    "glacier",
    "brewery",
    "harpist",
    "observatory",
    "sailors"
  };

  @TempDir Path work;

  @Test
  void theSequenceTopicIsPurgedUpToWhatTheDedupApplicationCommitted() throws Exception {
    try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(work.resolve("broker"), 16 << 20);
        Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
      KafkaConnection kafka =
          new KafkaConnection(
              broker.bootstrapServers(),
              Map.of(StreamsConfig.REPARTITION_PURGE_INTERVAL_MS_CONFIG, "200"));
      TopicSettings topics = TopicSettings.defaults();
      TopicCreator.createMissing(kafka, topics);
      TopicPartition sequence =
          new TopicPartition(DedupTopology.sequenceTopic(EnrichConfig.DEFAULT_APPLICATION_ID), 0);
      try (EnrichService enrich = new EnrichService(kafka, topics, config("a"));
          KafkaProducer<String, byte[]> producer = TextPagesIT.producer(broker);
          KafkaConsumer<String, Article> articles = TextPagesIT.consumer(broker)) {
        enrich.start();
        articles.subscribe(List.of(topics.articles()));
        for (int i = 0; i < 8; i++) {
          TextPagesIT.send(producer, topics, "https://a.example/" + i, story(i, 0));
        }
        TextPagesIT.await(articles, 8);
        long committed = 0;
        long start = 0;
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while ((start == 0 || start < committed) && System.nanoTime() < deadline) {
          Thread.sleep(100);
          committed = committed(admin, sequence);
          start = earliest(admin, sequence);
        }
        assertTrue(committed >= 8, "the dedup application committed " + committed);
        assertEquals(committed, start, "the sequence topic starts where dedup committed");
      }
    }
  }

  @Test
  void theDedupApplicationComesBackWithItsStoresAndDecidesEachArticleOnce() throws Exception {
    try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(work.resolve("broker"), 16 << 20)) {
      KafkaConnection kafka = KafkaConnection.to(broker.bootstrapServers());
      TopicSettings topics = TopicSettings.defaults();
      TopicCreator.createMissing(kafka, topics);
      Map<String, Article> byUrl = new HashMap<>();
      List<String> keys = new ArrayList<>();
      try (KafkaProducer<String, byte[]> producer = TextPagesIT.producer(broker);
          KafkaConsumer<String, Article> articles = TextPagesIT.consumer(broker)) {
        articles.subscribe(List.of(topics.articles()));
        try (EnrichService first = new EnrichService(kafka, topics, config("state"))) {
          first.start();
          for (int i = 0; i < 6; i++) {
            TextPagesIT.send(producer, topics, "https://a.example/" + i, story(i, 0));
          }
          collect(articles, 6, byUrl, keys);
        }
        try (EnrichService again = new EnrichService(kafka, topics, config("state"))) {
          again.start();
          for (int i = 0; i < 6; i++) {
            TextPagesIT.send(producer, topics, "https://b.example/copy-" + i, story(i, 1));
          }
          TextPagesIT.send(producer, topics, "https://a.example/6", story(6, 0));
          collect(articles, 7, byUrl, keys);
          // Nothing more comes: no article of the first run is decided a second time.
          articles.poll(Duration.ofSeconds(3)).forEach(r -> keys.add(r.value().getId()));
        }
      }
      assertEquals(13, keys.size());
      assertEquals(13, keys.stream().distinct().count(), "each article once: " + keys);
      for (int i = 0; i < 6; i++) {
        Article original = byUrl.get("https://a.example/" + i);
        Article copy = byUrl.get("https://b.example/copy-" + i);
        assertNull(original.getDuplicateOf(), "original " + i);
        assertEquals(original.getId(), copy.getDuplicateOf(), "copy " + i + " after the restart");
      }
      assertNull(byUrl.get("https://a.example/6").getDuplicateOf());
    }
  }

  private EnrichConfig config(String state) {
    return EnrichConfig.defaults(work.resolve(state));
  }

  /**
   * A story of 90 words from a hand-written list, one sequence per {@code n}; {@code edition} 1 is
   * a syndicated copy: the same text with its first words changed and a line added.
   */
  static String story(int n, int edition) {
    Random random = new Random(n);
    StringBuilder text = new StringBuilder(edition == 0 ? "Report" : "Wire copy");
    text.append(" on the ").append(WORDS[n % WORDS.length]).append(" story\n\n");
    for (int w = 0; w < 90; w++) {
      String word = WORDS[random.nextInt(WORDS.length)];
      text.append(w % 15 == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
      text.append(w % 15 == 14 ? ".\n\n" : " ");
    }
    if (edition == 1) {
      text.append("Reporting by the wire desk.\n");
    }
    return text.toString();
  }

  private static void collect(
      KafkaConsumer<String, Article> consumer,
      int count,
      Map<String, Article> byUrl,
      List<String> keys) {
    for (Article a : TextPagesIT.await(consumer, count)) {
      byUrl.put(a.getUrl(), a);
      keys.add(a.getId());
    }
  }

  private static long committed(Admin admin, TopicPartition tp) throws Exception {
    OffsetAndMetadata o =
        admin
            .listConsumerGroupOffsets(
                DedupTopology.applicationId(EnrichConfig.DEFAULT_APPLICATION_ID))
            .partitionsToOffsetAndMetadata()
            .get(30, TimeUnit.SECONDS)
            .get(tp);
    return o == null ? 0 : o.offset();
  }

  private static long earliest(Admin admin, TopicPartition tp) throws Exception {
    return admin
        .listOffsets(Map.of(tp, OffsetSpec.earliest()))
        .partitionResult(tp)
        .get(30, TimeUnit.SECONDS)
        .offset();
  }
}
