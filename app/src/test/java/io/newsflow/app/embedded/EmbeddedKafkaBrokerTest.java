package io.newsflow.app.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import kafka.server.KafkaConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaBrokerTest {
  @TempDir Path dir;

  @Test
  void kafkaAcceptsTheStartUpSettings() {
    KafkaConfig config =
        KafkaConfig.fromProps(EmbeddedKafkaBroker.brokerProperties(dir, 9092, 9093, 1 << 20), true);

    assertEquals(1, config.groupCoordinatorConfig().offsetsTopicPartitions());
    assertEquals(16L << 20, config.logCleanerDedupeBufferSize().longValue());
    assertEquals(0, config.groupCoordinatorConfig().classicGroupInitialRebalanceDelayMs());
  }

  @Test
  void clientsRetryTheStartingBrokerOftenUnlessToldOtherwise() {
    assertEquals("100", EmbeddedKafkaBroker.clientProperties(Map.of()).get("retry.backoff.max.ms"));
    assertEquals(
        "100", EmbeddedKafkaBroker.clientProperties(Map.of()).get("reconnect.backoff.max.ms"));
    assertEquals(
        "2000",
        EmbeddedKafkaBroker.clientProperties(Map.of("reconnect.backoff.max.ms", "2000"))
            .get("reconnect.backoff.max.ms"));
  }

  @Test
  void streamsRestoresAndPollsWithShortWaitsUnlessToldOtherwise() {
    Map<String, Object> streams =
        new java.util.HashMap<>(EmbeddedKafkaBroker.clientProperties(Map.of()));
    streams.put("application.id", "t");
    streams.put("bootstrap.servers", "127.0.0.1:9092");
    // As Kafka Streams reads them: its own setting, and the restore consumer's configuration.
    var config = new org.apache.kafka.streams.StreamsConfig(streams);
    assertEquals(20L, config.getLong("poll.ms"));
    assertEquals(
        "50", String.valueOf(config.getRestoreConsumerConfigs("c").get("fetch.max.wait.ms")));
    // The main consumer keeps Kafka's default: consumers fetching every 50 ms while idle cost CPU.
    org.junit.jupiter.api.Assertions.assertNull(
        config.getMainConsumerConfigs("g", "c", 0).get("fetch.max.wait.ms"));
    assertEquals(
        "200",
        EmbeddedKafkaBroker.clientProperties(Map.of("restore.consumer.fetch.max.wait.ms", "200"))
            .get("restore.consumer.fetch.max.wait.ms"));
  }
}
