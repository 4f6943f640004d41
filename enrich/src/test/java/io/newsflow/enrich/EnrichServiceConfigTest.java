package io.newsflow.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsflow.schema.GroupMembership;
import io.newsflow.schema.KafkaConnection;
import io.newsflow.schema.TopicSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

class EnrichServiceConfigTest {
  private static final String TRANSACTION_TIMEOUT =
      StreamsConfig.producerPrefix(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG);

  @Test
  void aKilledInstancesOpenTransactionIsAbortedAfterTwiceThePageBudgetAndACommitNotAMinute() {
    var props =
        EnrichService.streamsConfig(
            KafkaConnection.to("127.0.0.1:9092"),
            TopicSettings.defaults(),
            EnrichConfig.defaults(Path.of("state")),
            GroupMembership.DYNAMIC);

    assertEquals(20_500, props.get(TRANSACTION_TIMEOUT));
    assertEquals(500L, props.get(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG));
  }

  @Test
  void theTransactionTimeoutFollowsThePageBudgetButNeverGoesBelowKafkaStreamsOwn() {
    Duration commit = Duration.ofMillis(500);
    assertEquals(
        Duration.ofSeconds(10), EnrichService.transactionTimeout(Duration.ofMillis(300), commit));
    assertEquals(
        Duration.ofMillis(60_500),
        EnrichService.transactionTimeout(Duration.ofSeconds(30), commit));
  }

  @Test
  void aTransactionOutlivesALongerCommitIntervalToo() {
    assertEquals(
        Duration.ofSeconds(25),
        EnrichService.transactionTimeout(Duration.ofSeconds(10), Duration.ofSeconds(5)));
  }

  @Test
  void aTimeoutTheOperatorSetsWins() {
    var props =
        EnrichService.streamsConfig(
            new KafkaConnection("127.0.0.1:9092", Map.of(TRANSACTION_TIMEOUT, "45000")),
            TopicSettings.defaults(),
            EnrichConfig.defaults(Path.of("state")),
            GroupMembership.DYNAMIC);

    assertEquals("45000", props.get(TRANSACTION_TIMEOUT));
  }

  @Test
  void theDedupApplicationHasItsOwnIdGroupMembersAndOneThread() {
    EnrichConfig config = EnrichConfig.defaults(Path.of("state")).withStreamThreads(2);
    GroupMembership member = new GroupMembership("host-a", Duration.ofSeconds(15));
    KafkaConnection kafka = KafkaConnection.to("127.0.0.1:9092");
    var pages = EnrichService.streamsConfig(kafka, TopicSettings.defaults(), config, member);
    var dedup = EnrichService.dedupStreamsConfig(kafka, TopicSettings.defaults(), config, member);

    assertEquals("newsflow-enrich", pages.get(StreamsConfig.APPLICATION_ID_CONFIG));
    assertEquals("newsflow-enrich-dedup", dedup.get(StreamsConfig.APPLICATION_ID_CONFIG));
    assertEquals(2, pages.get(StreamsConfig.NUM_STREAM_THREADS_CONFIG));
    assertEquals(1, dedup.get(StreamsConfig.NUM_STREAM_THREADS_CONFIG));
    assertEquals("host-a-enrich", pages.get(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG));
    assertEquals("host-a-enrich-dedup", dedup.get(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG));
    assertEquals(
        pages.get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG),
        dedup.get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG));
  }
}
