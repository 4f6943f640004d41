package io.newsflow.schema;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

/**
 * Every topic of the pipeline, its name and how it is created, shared by every stage.
 *
 * @param sources compacted; ingest's shared source list, key: source id
 * @param fetchedUrls compacted; URLs ingest has fetched, key: canonical URL
 * @param maxMessageBytes the largest record the raw-page, article and dead-letter topics accept
 *     (pages are big)
 */
public record TopicSettings(
    String rawPages,
    String articles,
    String deadLetter,
    String sources,
    String fetchedUrls,
    int partitions,
    short replicationFactor,
    int maxMessageBytes) {

  /**
   * A multiple of 1, 2 and 4 stream threads: Kafka Streams gives each thread of enrich's page step
   * the same number of raw-page tasks, so no thread runs out of work while another has a backlog
   * (README, Performance: 3 partitions on 2 threads left one thread waiting in poll).
   */
  public static final int DEFAULT_PARTITIONS = 4;

  public static final short DEFAULT_REPLICATION_FACTOR = 1;
  public static final int DEFAULT_MAX_MESSAGE_BYTES = 16 * 1024 * 1024;

  public TopicSettings {
    if (partitions < 1) {
      throw new IllegalArgumentException("partitions must be >= 1, was " + partitions);
    }
    if (replicationFactor < 1) {
      throw new IllegalArgumentException(
          "replication factor must be >= 1, was " + replicationFactor);
    }
    if (maxMessageBytes < 1024) {
      throw new IllegalArgumentException(
          "max message bytes must be >= 1024, was " + maxMessageBytes);
    }
    requireName(rawPages);
    requireName(articles);
    requireName(deadLetter);
    requireName(sources);
    requireName(fetchedUrls);
  }

  private static void requireName(String topic) {
    if (topic == null || topic.isBlank()) {
      throw new IllegalArgumentException("topic names must not be blank");
    }
  }

  /** The same topics with {@code count} partitions each. */
  public TopicSettings withPartitions(int count) {
    return new TopicSettings(
        rawPages,
        articles,
        deadLetter,
        sources,
        fetchedUrls,
        count,
        replicationFactor,
        maxMessageBytes);
  }

  /** The same topics, taking records of up to {@code bytes}. */
  public TopicSettings withMaxMessageBytes(int bytes) {
    return new TopicSettings(
        rawPages, articles, deadLetter, sources, fetchedUrls, partitions, replicationFactor, bytes);
  }

  public static TopicSettings defaults() {
    return new TopicSettings(
        Topics.RAW_PAGES,
        Topics.ARTICLES,
        Topics.DEAD_LETTER,
        Topics.SOURCES,
        Topics.FETCHED_URLS,
        DEFAULT_PARTITIONS,
        DEFAULT_REPLICATION_FACTOR,
        DEFAULT_MAX_MESSAGE_BYTES);
  }

  /**
   * The five topics as they are created: pages and what comes of them take big records, state is
   * compacted.
   */
  public List<NewTopic> newTopics() {
    Map<String, String> bigRecords =
        Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(maxMessageBytes));
    Map<String, String> compacted =
        Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
    return List.of(
        newTopic(rawPages, bigRecords),
        newTopic(articles, bigRecords),
        newTopic(deadLetter, bigRecords),
        newTopic(sources, compacted),
        newTopic(fetchedUrls, compacted));
  }

  private NewTopic newTopic(String name, Map<String, String> configs) {
    return new NewTopic(name, partitions, replicationFactor).configs(configs);
  }

  public Topic<String, RawPage> rawPagesTopic() {
    return Topics.rawPages(rawPages);
  }

  public Topic<String, Article> articlesTopic() {
    return Topics.articles(articles);
  }

  public Topic<String, DeadLetter> deadLetterTopic() {
    return Topics.deadLetters(deadLetter);
  }
}
