package io.newsflow.enrich.dedup;

import io.newsflow.schema.Article;
import io.newsflow.schema.Topics;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * The dedup step of the enrich topology:
 *
 * <pre>
 *   articles (key: id, any partition) -> [dedup-sequence: ONE partition] -> dedup -> articles out
 *                                         (dedup-articles, dedup-index stores, changelogged)
 * </pre>
 *
 * Every article passes through one partition, so the offset there is one order all instances and
 * replays agree on: the first seen copy is the one with the lowest offset, never two originals of
 * one group nor two copies pointing at each other, whatever partition or instance enriched them.
 * The step is cheap (some 60 store reads and writes per article), so one partition keeps up with
 * many enrich instances; the expensive page step stays parallel before it, and works out what the
 * index reads of an article there ({@link ArticleHandOff}, {@link DedupKeys}).
 */
public final class DedupTopology {
  /** The internal single-partition topic (Kafka Streams prefixes it with the application id). */
  public static final String SEQUENCE = "dedup-sequence";

  public static final String ARTICLES_STORE = "dedup-articles";
  public static final String INDEX_STORE = "dedup-index";

  private DedupTopology() {}

  /**
   * The articles with their dedup fields set, encoded for the articles topic ({@link
   * Topics#ARTICLE_SERDE}); as they were, encoded, when dedup is off.
   */
  public static KStream<String, byte[]> apply(
      StreamsBuilder builder, KStream<String, Article> articles, DedupSettings settings) {
    if (!settings.enabled()) {
      return articles.mapValues(Topics.ARTICLE_SERDE::encode, Named.as("encode-article"));
    }
    builder.addStateStore(store(ARTICLES_STORE));
    builder.addStateStore(store(INDEX_STORE));
    return articles
        .processValues(ArticleHandOff::new, Named.as("encode-article"))
        .repartition(
            Repartitioned.<String, byte[]>as(SEQUENCE)
                .withKeySerde(Serdes.String())
                .withValueSerde(Serdes.ByteArray())
                .withNumberOfPartitions(1))
        .process(
            () -> new DedupProcessor(settings), Named.as("dedup"), ARTICLES_STORE, INDEX_STORE);
  }

  private static StoreBuilder<KeyValueStore<Bytes, byte[]>> store(String name) {
    return Stores.keyValueStoreBuilder(
            Stores.persistentKeyValueStore(name), Serdes.Bytes(), Serdes.ByteArray())
        .withLoggingEnabled(Map.of("cleanup.policy", "compact"));
  }
}
