package io.newsflow.enrich;

import io.newsflow.enrich.dedup.DedupTopology;
import io.newsflow.enrich.topology.EnrichTopology;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The internal topics Kafka Streams' first rebalance creates for enrich's applications, named and
 * configured as it would: created beforehand (where the caller owns the cluster), the first
 * rebalance finds them ready instead of creating them in rounds of 100 ms retries and then
 * rebalancing again because its subscription's metadata changed (about 0.6 s of a start). With
 * dedup, also the topic between the two applications, which enrich creates itself at start.
 *
 * <p>Names are {@code <application.id>-<name>-repartition} and {@code
 * <application.id>-<store>-changelog}, the dedup stores' under the dedup application's id.
 * Settings: Kafka Streams' defaults for the kind of topic (a repartition topic deletes by time
 * never and rolls 50 MB segments; a changelog compacts), create time stamps, then the {@code
 * topic.}-prefixed settings of the Streams configuration. A repartition topic without a set
 * partition count and the changelog of a store behind it get as many partitions as the topic that
 * feeds them. The dedup sequence topic is configured as a repartition topic of one partition: it
 * replaced one, and like one it is purged up to what its reader committed ({@link
 * io.newsflow.enrich.dedup.SequencePurge}). {@code StreamsInternalTopicsIT} compares them with the
 * topics Kafka Streams (and enrich's start) creates itself.
 */
public final class StreamsInternalTopics {
  private StreamsInternalTopics() {}

  /**
   * @param streamsConfig the configuration enrich passes to Kafka Streams
   * @param rawPagesPartitions partitions of the raw-page topic as it exists
   * @param dedup whether the topology has the dedup step
   */
  public static List<NewTopic> of(Properties streamsConfig, int rawPagesPartitions, boolean dedup) {
    StreamsConfig config = new StreamsConfig(streamsConfig);
    String app = config.getString(StreamsConfig.APPLICATION_ID_CONFIG);
    short replication = config.getInt(StreamsConfig.REPLICATION_FACTOR_CONFIG).shortValue();
    Map<String, Object> topicSettings =
        config.originalsWithPrefix(StreamsConfig.TOPIC_PREFIX, true);
    List<NewTopic> topics = new ArrayList<>();
    topics.add(
        topic(
            repartition(app, EnrichTopology.TEXT_BY_SITE),
            rawPagesPartitions,
            replication,
            REPARTITION,
            topicSettings));
    topics.add(
        topic(
            changelog(app, EnrichTopology.SITE_MEMORY_STORE),
            rawPagesPartitions,
            replication,
            CHANGELOG,
            topicSettings));
    if (dedup) {
      topics.add(sequenceTopic(app, replication, topicSettings));
      String dedupApp = DedupTopology.applicationId(app);
      for (String store : List.of(DedupTopology.ARTICLES_STORE, DedupTopology.INDEX_STORE)) {
        topics.add(topic(changelog(dedupApp, store), 1, replication, CHANGELOG, topicSettings));
      }
    }
    return topics;
  }

  /**
   * The single-partition topic from the page step's application to the dedup application's.
   *
   * @param streamsConfig the configuration enrich passes to Kafka Streams for the page step
   */
  public static NewTopic sequenceTopic(Properties streamsConfig) {
    StreamsConfig config = new StreamsConfig(streamsConfig);
    return sequenceTopic(
        config.getString(StreamsConfig.APPLICATION_ID_CONFIG),
        config.getInt(StreamsConfig.REPLICATION_FACTOR_CONFIG).shortValue(),
        config.originalsWithPrefix(StreamsConfig.TOPIC_PREFIX, true));
  }

  private static NewTopic sequenceTopic(
      String app, short replication, Map<String, Object> topicSettings) {
    return topic(DedupTopology.sequenceTopic(app), 1, replication, REPARTITION, topicSettings);
  }

  static String repartition(String applicationId, String name) {
    return applicationId + "-" + name + "-repartition";
  }

  static String changelog(String applicationId, String store) {
    return applicationId + "-" + store + "-changelog";
  }

  /** Kafka Streams' RepartitionTopicConfig defaults. */
  private static final Map<String, String> REPARTITION =
      Map.of(
          TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE,
          TopicConfig.SEGMENT_BYTES_CONFIG, "52428800",
          TopicConfig.RETENTION_MS_CONFIG, "-1");

  /** An unwindowed key-value store's changelog (our stores ask for compaction too). */
  private static final Map<String, String> CHANGELOG =
      Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);

  private static NewTopic topic(
      String name,
      int partitions,
      short replication,
      Map<String, String> kind,
      Map<String, Object> topicSettings) {
    Map<String, String> configs = new HashMap<>(kind);
    configs.put(TopicConfig.MESSAGE_TIMESTAMP_TYPE_CONFIG, "CreateTime");
    topicSettings.forEach((key, value) -> configs.put(key, String.valueOf(value)));
    return new NewTopic(name, partitions, replication).configs(configs);
  }
}
