package io.newsflow.schema;

/**
 * Names and creation settings of the pipeline's topics, shared by every stage.
 *
 * @param maxMessageBytes the largest record the raw and dead-letter topics accept (pages are big)
 */
public record TopicSettings(
    String rawPages,
    String articles,
    String deadLetter,
    int partitions,
    short replicationFactor,
    int maxMessageBytes) {

  public static final int DEFAULT_PARTITIONS = 3;
  public static final short DEFAULT_REPLICATION_FACTOR = 1;
  public static final int DEFAULT_MAX_MESSAGE_BYTES = 16 * 1024 * 1024;

  public TopicSettings {
    if (partitions < 1) {
      throw new IllegalArgumentException("partitions must be >= 1, was " + partitions);
    }
    if (replicationFactor < 1) {
      throw new IllegalArgumentException("replication factor must be >= 1, was " + replicationFactor);
    }
    if (maxMessageBytes < 1024) {
      throw new IllegalArgumentException("max message bytes must be >= 1024, was " + maxMessageBytes);
    }
    requireName(rawPages);
    requireName(articles);
    requireName(deadLetter);
  }

  private static void requireName(String topic) {
    if (topic == null || topic.isBlank()) {
      throw new IllegalArgumentException("topic names must not be blank");
    }
  }

  public static TopicSettings defaults() {
    return new TopicSettings(
        Topics.RAW_PAGES,
        Topics.ARTICLES,
        Topics.DEAD_LETTER,
        DEFAULT_PARTITIONS,
        DEFAULT_REPLICATION_FACTOR,
        DEFAULT_MAX_MESSAGE_BYTES);
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
