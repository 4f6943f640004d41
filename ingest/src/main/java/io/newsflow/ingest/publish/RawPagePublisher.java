package io.newsflow.ingest.publish;

import io.newsflow.ops.KafkaMeters;
import io.newsflow.schema.DeadLetter;
import io.newsflow.schema.KafkaConnection;
import io.newsflow.schema.RawPage;
import io.newsflow.schema.TopicSettings;
import io.newsflow.schema.Topics;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes RawPage records (key: requested URL) and ingest's dead letters with one idempotent
 * producer (acks=all), so a retried send never duplicates a page. Thread-safe.
 */
public final class RawPagePublisher implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(RawPagePublisher.class);

  private static final Runnable NOTHING = () -> {};

  private final KafkaProducer<String, byte[]> producer;
  private final TopicSettings topics;
  private final PublishListener listener;

  /**
   * Runs what waits for an acknowledgement, off the producer's I/O thread: it may send again, and a
   * send there could block on metadata that only the I/O thread fetches.
   */
  private final ExecutorService afterAcknowledgement =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "newsflow-acknowledged");
            t.setDaemon(true);
            return t;
          });

  public RawPagePublisher(KafkaConnection kafka, TopicSettings topics, PublishListener listener) {
    this.producer =
        new KafkaProducer<>(
            producerConfig(kafka, topics), new StringSerializer(), new ByteArraySerializer());
    this.topics = topics;
    this.listener = listener;
  }

  /** The producer's batch size, measured with the ingest benchmark in the README. */
  static final int BATCH_BYTES = 1 << 20;

  static Map<String, Object> producerConfig(KafkaConnection kafka, TopicSettings topics) {
    Map<String, Object> config = kafka.clientConfig();
    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    config.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
    config.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 20);
    // Pages are larger than the default 16 KB batch: each was a batch of its own, with a buffer and
    // an lz4 frame allocated for it. A batch of 1 MB takes several pages into one pooled buffer.
    config.putIfAbsent(ProducerConfig.BATCH_SIZE_CONFIG, BATCH_BYTES);
    config.putIfAbsent(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, topics.maxMessageBytes());
    config.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "newsflow-ingest");
    return config;
  }

  public void publish(RawPage page) {
    publish(page, NOTHING);
  }

  /**
   * @param acknowledged runs once Kafka has the record (not when the send fails)
   */
  public void publish(RawPage page, Runnable acknowledged) {
    send(
        topics.rawPages(),
        page.getRequestedUrl(),
        Topics.RAW_PAGE_SERDE.encode(page),
        metadata -> {
          listener.pagePublished(page, metadata);
          afterAcknowledged(acknowledged);
        });
  }

  public void publish(DeadLetter letter) {
    publish(letter, NOTHING);
  }

  /**
   * @param acknowledged runs once Kafka has the record (not when the send fails)
   */
  public void publish(DeadLetter letter, Runnable acknowledged) {
    send(
        topics.deadLetter(),
        letter.getUrl(),
        Topics.DEAD_LETTER_SERDE.encode(letter),
        metadata -> {
          listener.deadLetterPublished(letter, metadata);
          afterAcknowledged(acknowledged);
        });
  }

  /**
   * A state record (fetched URL, source) on one of ingest's compacted topics; failures are logged
   * and counted.
   */
  public void publishState(String topic, String key, byte[] value) {
    send(topic, key, value, metadata -> {});
  }

  private void afterAcknowledged(Runnable action) {
    if (action != NOTHING) {
      afterAcknowledgement.execute(action);
    }
  }

  private void send(String topic, String key, byte[] value, Consumer<RecordMetadata> acknowledged) {
    producer.send(
        new ProducerRecord<>(topic, key, value),
        (metadata, error) -> {
          if (error != null) {
            LOG.error("could not publish {} to {}: {}", key, topic, error.toString());
            listener.sendFailed(key, error);
          } else {
            acknowledged.accept(metadata);
          }
        });
  }

  public void flush() {
    producer.flush();
  }

  /** Binds this client's metrics (for {@code /metrics}). */
  public void bindMetrics(KafkaMeters meters) {
    meters.bind(producer);
  }

  /** Waits for what is sent and what follows its acknowledgements (which may send), then closes. */
  @Override
  public void close() {
    producer.flush();
    afterAcknowledgement.shutdown();
    try {
      afterAcknowledgement.awaitTermination(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    producer.close(Duration.ofSeconds(30));
  }
}
