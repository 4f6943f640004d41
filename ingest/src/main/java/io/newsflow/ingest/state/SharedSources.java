package io.newsflow.ingest.state;

import io.newsflow.ingest.source.SourceSpec;
import io.newsflow.ops.KafkaMeters;
import io.newsflow.schema.CrawlSource;
import io.newsflow.schema.GroupMembership;
import io.newsflow.schema.KafkaConnection;
import io.newsflow.schema.Topics;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sources this instance owns, shared out by Kafka: every ingest instance joins one consumer
 * group on the compacted sources topic, Kafka assigns each partition to exactly one member, and the
 * owner of a partition polls the sources in it. When an instance joins or leaves, the rebalance
 * moves sources; nothing is coordinated by hand. The topic is read from the start on each
 * assignment (it is a table, so offsets are never committed). Used from one thread.
 */
public final class SharedSources implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SharedSources.class);

  private final KafkaConsumer<String, byte[]> consumer;
  private final Map<TopicPartition, Map<String, SourceSpec>> owned = new HashMap<>();
  private final Set<String> revoked = new HashSet<>();

  public SharedSources(
      KafkaConnection kafka, String topic, String groupId, GroupMembership membership) {
    Map<String, Object> config = kafka.clientConfig();
    membership.applyTo(config, "ingest");
    config.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    config.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, "newsflow-ingest-sources");
    this.consumer =
        new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
    consumer.subscribe(
        List.of(topic),
        new ConsumerRebalanceListener() {
          @Override
          public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            drop(partitions);
          }

          @Override
          public void onPartitionsLost(Collection<TopicPartition> partitions) {
            drop(partitions);
          }

          @Override
          public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            partitions.forEach(p -> owned.put(p, new HashMap<>()));
            consumer.seekToBeginning(partitions);
            LOG.info("ingest now owns source partitions {}", partitions);
          }
        });
  }

  private void drop(Collection<TopicPartition> partitions) {
    for (TopicPartition p : partitions) {
      Map<String, SourceSpec> gone = owned.remove(p);
      if (gone != null) {
        revoked.addAll(gone.keySet());
      }
    }
  }

  /** Polls the group for up to the timeout; returns the sources owned now, by id. */
  public Map<String, SourceSpec> poll(Duration timeout) {
    for (ConsumerRecord<String, byte[]> r : consumer.poll(timeout)) {
      Map<String, SourceSpec> sources = owned.get(new TopicPartition(r.topic(), r.partition()));
      if (sources == null || r.key() == null) {
        continue;
      }
      if (r.value() == null) {
        sources.remove(r.key());
        continue;
      }
      try {
        CrawlSource record = Topics.CRAWL_SOURCE_SERDE.decode(r.value());
        sources.put(r.key(), SourceSpec.fromRecord(record));
      } catch (RuntimeException e) {
        LOG.warn("unreadable source record {}: {}", r.key(), e.toString());
      }
    }
    Map<String, SourceSpec> all = new HashMap<>();
    owned.values().forEach(all::putAll);
    return all;
  }

  /** Ids of sources taken away since the last call. */
  public Set<String> takeRevoked() {
    Set<String> copy = Set.copyOf(revoked);
    revoked.clear();
    return copy;
  }

  public void wakeup() {
    consumer.wakeup();
  }

  /** Binds this client's metrics (for {@code /metrics}). */
  public void bindMetrics(KafkaMeters meters) {
    meters.bind(consumer);
  }

  @Override
  public void close() {
    consumer.close(
        CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
            .withTimeout(
                Duration.ofSeconds(10))); // leaves the group: the others take the sources over
  }
}
