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
}
