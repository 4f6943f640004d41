package io.newsflow.enrich.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newsflow.enrich.EnrichConfig;
import io.newsflow.enrich.topology.EnrichTopology;
import io.newsflow.schema.Article;
import io.newsflow.schema.RawPage;
import io.newsflow.schema.TopicSettings;
import io.newsflow.schema.Topics;
import io.newsflow.schema.deadletter.DeadLetterCounts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seeds' acceptance through both of enrich's topologies (the page step into the
 * single-partition sequence topic, the dedup step from it with its stores), each on a driver of its
 * own as each is an application of its own: 001, 002 and 003 are one copy group whatever their
 * order, the first seen being the original; 000 and 004 are copies of nothing; all five are one
 * story. Then the window: an original that left it is forgotten, and its store entries are gone.
 */
class DedupTopologyTest {
  static final Instant T0 = Instant.parse("2025-05-09T06:00:00Z");
  @TempDir Path stateDir;

  /** Every order of 001, 002, 003, with 000 first and 004 in the middle. */
  static List<List<Integer>> orders() {
    int[][] perms = {{1, 2, 3}, {1, 3, 2}, {2, 1, 3}, {2, 3, 1}, {3, 1, 2}, {3, 2, 1}};
    List<List<Integer>> out = new ArrayList<>();
    for (int[] p : perms) {
      out.add(List.of(0, p[0], 4, p[1], p[2]));
    }
    return out;
  }

  @Test
  void seedTextPagesAreOneCopyGroupAndOneStoryInEveryOrder() {
    List<RawPage> pages = SeedArticles.seedPages().orElse(null);
    assumeTrue(pages != null, "../shared/seeds not present");
    for (List<Integer> order : orders()) {
      checkSeeds(pages, order);
    }
  }

  @Test
  void sampleHtmlPagesAreOneCopyGroupAndOneStoryInEveryOrder() {
    List<RawPage> pages = SeedArticles.samplePages();
    for (List<Integer> order : orders()) {
      checkSeeds(pages, order);
    }
  }

  private void checkSeeds(List<RawPage> pages, List<Integer> order) {
    try (Driver d = new Driver(stateDir.resolve("s" + order), DedupSettings.defaults())) {
      Map<Integer, Article> out = new LinkedHashMap<>();
      long t = T0.toEpochMilli();
      for (int i : order) {
        d.send(pages.get(i), t);
        t += 60_000;
        List<Article> got = d.articles.readValuesToList();
        assertEquals(1, got.size(), "page " + i);
        out.put(i, got.get(0));
      }
      int first = order.stream().filter(i -> i >= 1 && i <= 3).findFirst().orElseThrow();
      String firstId = out.get(first).getId();
      for (int i = 1; i <= 3; i++) {
        Article a = out.get(i);
        if (i == first) {
          assertNull(a.getDuplicateOf(), "order " + order + ": " + i + " is the original");
        } else {
          assertEquals(
              firstId, a.getDuplicateOf(), "order " + order + ": " + i + " copies " + first);
          assertTrue(a.getSimilarity() >= DedupSettings.DEFAULT_THRESHOLD, "" + a.getSimilarity());
          assertEquals(List.of("copy"), a.getStorySignals());
        }
      }
      assertNull(out.get(0).getDuplicateOf());
      assertNull(out.get(4).getDuplicateOf());
      Set<String> stories = new HashSet<>();
      out.values().forEach(a -> stories.add(a.getStoryId()));
      assertEquals(Set.of(out.get(0).getId()), stories, "order " + order + ": one story");
      assertEquals(List.of(), out.get(0).getStorySignals());
      assertTrue(out.get(4).getStorySignals().contains("entities"), "" + out.get(4));
    }
  }

  @Test
  void anOriginalOutsideTheWindowIsForgottenAndEvicted() {
    List<RawPage> pages = SeedArticles.samplePages();
    DedupSettings settings = DedupSettings.defaults(); // a window of 7 days
    try (Driver d = new Driver(stateDir.resolve("evict"), settings)) {
      long t0 = T0.toEpochMilli();
      d.send(pages.get(1), t0);
      assertEquals(1, d.held());
      // 6 days later: still in the window, so 003 is a copy of 001
      d.send(pages.get(3), t0 + Duration.ofDays(6).toMillis());
      assertNotNull(d.articles.readValuesToList().get(1).getDuplicateOf());
      assertEquals(2, d.held());
      // 9 days after 001 (3 after 003): 001 is evicted, 003 stays; 002 copies 003 now. The dedup
      // step evicts on its own stream time once an article moved it (it is a task of its own, as
      // in a cluster), so 000, a copy of nothing, goes first.
      d.send(pages.get(0), t0 + Duration.ofDays(9).toMillis());
      assertEquals(2, d.held(), "001 left the store");
      d.send(pages.get(2), t0 + Duration.ofDays(9).toMillis() + 1);
      assertEquals(3, d.held());
      Article late = d.articles.readValuesToList().get(1);
      assertEquals(d.idOf(pages.get(3)), late.getDuplicateOf());
      // 20 days on: everything before is gone; 001 again is an original
      d.send(pages.get(4), t0 + Duration.ofDays(20).toMillis());
      assertEquals(1, d.held());
      d.send(pages.get(1), t0 + Duration.ofDays(20).toMillis() + 1);
      Article again = d.articles.readValuesToList().get(1);
      assertNull(again.getDuplicateOf());
    }
  }

  /**
   * The page topology on one test driver, writing the sequence topic; the dedup topology on
   * another, reading it (in the same order, so the same offsets) and writing the articles topic.
   */
  static final class Driver implements AutoCloseable {
    static final String SEQUENCE = DedupTopology.sequenceTopic("dedup-test");
    final TopologyTestDriver pageDriver;
    final TopologyTestDriver driver;
    final TestInputTopic<byte[], byte[]> raw;
    final TestOutputTopic<String, byte[]> sequenceOut;
    final TestInputTopic<String, byte[]> sequenceIn;
    final TestOutputTopic<String, Article> articles;
    final Map<String, String> ids = new LinkedHashMap<>();

    Driver(Path state, DedupSettings settings) {
      TopicSettings topics = TopicSettings.defaults();
      pageDriver =
          new TopologyTestDriver(
              EnrichTopology.build(
                  topics,
                  SeedArticles.enricher(),
                  SeedArticles.CLOCK,
                  EnrichConfig.SiteMemorySettings.defaults(),
                  SEQUENCE,
                  new DeadLetterCounts()),
              props("dedup-test", state.resolve("pages")));
      driver =
          new TopologyTestDriver(
              DedupTopology.build(topics, SEQUENCE, settings),
              props(DedupTopology.applicationId("dedup-test"), state.resolve("dedup")));
      raw =
          pageDriver.createInputTopic(
              topics.rawPages(), new ByteArraySerializer(), new ByteArraySerializer());
      sequenceOut =
          pageDriver.createOutputTopic(
              SEQUENCE, new StringDeserializer(), new ByteArrayDeserializer());
      sequenceIn =
          driver.createInputTopic(SEQUENCE, new StringSerializer(), new ByteArraySerializer());
      articles =
          driver.createOutputTopic(
              topics.articles(), new StringDeserializer(), Topics.ARTICLE_SERDE.deserializer());
    }

    private static Properties props(String applicationId, Path state) {
      Properties props = new Properties();
      props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
      props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
      props.put(StreamsConfig.STATE_DIR_CONFIG, state.toString());
      return props;
    }

    /** The page through the page step, then what it wrote to the sequence through dedup. */
    void send(RawPage page, long time) {
      raw.pipeInput(
          page.getRequestedUrl().getBytes(StandardCharsets.UTF_8),
          Topics.RAW_PAGE_SERDE.encode(page),
          time);
      for (TestRecord<String, byte[]> r : sequenceOut.readRecordsToList()) {
        sequenceIn.pipeInput(r);
      }
    }

    String idOf(RawPage page) {
      return SeedArticles.enrich(page).getId();
    }

    /** Articles in the dedup store, counted (not estimated). */
    long held() {
      KeyValueStore<Bytes, byte[]> store = driver.getKeyValueStore(DedupTopology.ARTICLES_STORE);
      long n = 0;
      try (KeyValueIterator<Bytes, byte[]> it = store.all()) {
        while (it.hasNext()) {
          KeyValue<Bytes, byte[]> e = it.next();
          n += e.value == null ? 0 : 1;
        }
      }
      return n;
    }

    @Override
    public void close() {
      pageDriver.close();
      driver.close();
    }
  }
}
