package io.newsflow.enrich.dedup;

import io.newsflow.schema.Article;
import io.newsflow.schema.TopicSettings;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * The dedup step, a Kafka Streams application of its own next to the page step's (same process,
 * application id {@code <application.id>-dedup}, one stream thread):
 *
 * <pre>
 *   [&lt;application.id&gt;-dedup-sequence: ONE partition, written by the page step] -> dedup -> news.articles
 *                                                  (dedup-articles, dedup-index stores, changelogged)
 * </pre>
 *
 * Every article passes through one partition, so the offset there is one order all instances and
 * replays agree on: the first seen copy is the one with the lowest offset, never two originals of
 * one group nor two copies pointing at each other, whatever partition or instance enriched them.
 * The step is cheap (some 60 store reads and writes per article), so one partition keeps up with
 * many enrich instances; the expensive page step stays parallel before it, and works out what the
 * index reads of an article there ({@link #handOff}, {@link DedupKeys}). An application of its own,
 * because Kafka Streams balances the number of tasks per thread, not their work: in the page step's
 * application the dedup task took a raw-page task's place on a thread, which then ran out of work
 * and waited while the other had a backlog (README, Performance).
 */
public final class DedupTopology {
  public static final String ARTICLES_STORE = "dedup-articles";
  public static final String INDEX_STORE = "dedup-index";

  private DedupTopology() {}

  /** The dedup application's id (its consumer group, the prefix of its changelogs). */
  public static String applicationId(String pageApplicationId) {
    return pageApplicationId + "-dedup";
  }

  /**
   * The single-partition topic between the two applications, written by the page step in its
   * transactions and read committed by the dedup step.
   */
  public static String sequenceTopic(String pageApplicationId) {
    return pageApplicationId + "-dedup-sequence";
  }

  /**
   * The page step's last step when dedup is on: each article encoded for the sequence topic, with
   * its {@link DedupKeys} in a header, worked out on the parallel page step's threads ({@link
   * ArticleHandOff}).
   */
  public static KStream<String, byte[]> handOff(KStream<String, Article> articles) {
    return articles.processValues(ArticleHandOff::new, Named.as("encode-article"));
  }

  /**
   * Reads the encoded articles of the sequence topic and writes them to the articles topic with
   * their dedup fields set ({@link io.newsflow.schema.Topics#ARTICLE_SERDE}).
   */
  public static Topology build(TopicSettings topics, String sequenceTopic, DedupSettings settings) {
    StreamsBuilder builder = new StreamsBuilder();
    builder.addStateStore(store(ARTICLES_STORE));
    builder.addStateStore(store(INDEX_STORE));
    var articles = topics.articlesTopic();
    builder.stream(
            sequenceTopic, Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("sequence"))
        .process(() -> new DedupProcessor(settings), Named.as("dedup"), ARTICLES_STORE, INDEX_STORE)
        .to(
            articles.name(),
            Produced.with(articles.keySerde(), Serdes.ByteArray()).withName("articles"));
    return builder.build();
  }

  private static StoreBuilder<KeyValueStore<Bytes, byte[]>> store(String name) {
    return Stores.keyValueStoreBuilder(
            Stores.persistentKeyValueStore(name), Serdes.Bytes(), Serdes.ByteArray())
        .withLoggingEnabled(Map.of("cleanup.policy", "compact"));
  }
}
