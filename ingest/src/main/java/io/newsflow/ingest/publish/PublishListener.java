package io.newsflow.ingest.publish;

import io.newsflow.schema.DeadLetter;
import io.newsflow.schema.RawPage;
import org.apache.kafka.clients.producer.RecordMetadata;

/** Told about each record once Kafka has acknowledged it (or refused it). Must be thread-safe. */
public interface PublishListener {
  PublishListener NONE = new PublishListener() {};

  default void pagePublished(RawPage page, RecordMetadata where) {}

  default void deadLetterPublished(DeadLetter letter, RecordMetadata where) {}

  default void sendFailed(String key, Exception error) {}
}
