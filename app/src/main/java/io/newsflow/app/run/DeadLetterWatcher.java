package io.newsflow.app.run;

import io.newsflow.schema.DeadLetter;
import io.newsflow.schema.KafkaConnection;
import io.newsflow.schema.Topics;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads the dead-letter topic (committed records only) and hands each letter on. */
public final class DeadLetterWatcher implements Runnable {
  private static final Logger LOG = LoggerFactory.getLogger(DeadLetterWatcher.class);

  private final KafkaConsumer<String, byte[]> consumer;
  private final String topic;
  private final Consumer<DeadLetter> onLetter;

  /**
   * Stage and key of the letters handed on: a bad record delivered again (a restarted ingest, a
   * redelivery) makes a second letter for the same origin, which counts once.
   */
  private final Set<String> origins = new HashSet<>();

  public DeadLetterWatcher(
      KafkaConnection kafka, String topic, String groupId, Consumer<DeadLetter> onLetter) {
    Map<String, Object> props = kafka.clientConfig();
    props.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, true);
    this.consumer =
        new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
    this.topic = topic;
    this.onLetter = onLetter;
  }

  @Override
  public void run() {
    consumer.subscribe(List.of(topic));
    try {
      while (true) {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
          handle(record);
        }
      }
    } catch (WakeupException e) {
      // stopping
    } finally {
      consumer.close(Duration.ofSeconds(5));
    }
  }

  private void handle(ConsumerRecord<String, byte[]> record) {
    try {
      DeadLetter letter = Topics.DEAD_LETTER_SERDE.decode(record.value());
      if (!origins.add(letter.getStage() + " " + record.key())) {
        LOG.info("dead letter for {} again (a redelivery); counted once", record.key());
        return;
      }
      LOG.info(
          "dead letter from {}: {} {} ({})",
          letter.getStage(),
          letter.getReason(),
          letter.getUrl(),
          letter.getMessage());
      onLetter.accept(letter);
    } catch (SerializationException e) {
      LOG.warn("undecodable record on {} at offset {}", topic, record.offset());
    }
  }

  public void stop() {
    consumer.wakeup();
  }
}
