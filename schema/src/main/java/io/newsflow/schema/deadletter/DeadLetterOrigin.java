package io.newsflow.schema.deadletter;

/**
 * Where the record that became a dead letter was read: topic, partition and offset, all null for
 * input that came from outside Kafka (a fetch, a file, a line of standard input).
 */
public record DeadLetterOrigin(String topic, Integer partition, Long offset) {
  public static final DeadLetterOrigin NONE = new DeadLetterOrigin(null, null, null);
}
