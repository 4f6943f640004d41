package io.newsflow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.app.embedded.EmbeddedKafkaBroker;
import io.newsflow.schema.KafkaConnection;
import io.newsflow.schema.TopicCreator;
import io.newsflow.schema.TopicSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one topic creator on a real broker: every topic of the pipeline, each with its configs. */
class TopicCreatorIT {
  static final int MAX_MESSAGE_BYTES = 3 << 20;

  @TempDir Path work;

  @Test
  void createsTheFiveTopicsWithTheirConfigsAndLeavesAnExistingOneAsItIs() throws Exception {
    TopicSettings topics =
        new TopicSettings(
            "raw", "articles", "dead", "sources", "fetched", 2, (short) 1, MAX_MESSAGE_BYTES);
    try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(work.resolve("kafka"), 16 << 20);
        Admin admin = Admin.create(KafkaConnection.to(broker.bootstrapServers()).clientConfig())) {
      admin.createTopics(List.of(new NewTopic("articles", 1, (short) 1))).all().get();

      TopicCreator.createMissing(admin, topics);
      TopicCreator.createMissing(admin, topics); // the next stage to start finds them all
      TopicCreator.awaitServed(admin, List.of("raw", "articles", "dead", "sources", "fetched"));

      for (String pages : List.of("raw", "dead")) {
        assertEquals(2, partitions(admin, pages), pages);
        assertEquals(
            Integer.toString(MAX_MESSAGE_BYTES),
            config(admin, pages, TopicConfig.MAX_MESSAGE_BYTES_CONFIG),
            pages);
        assertEquals(
            TopicConfig.CLEANUP_POLICY_DELETE,
            config(admin, pages, TopicConfig.CLEANUP_POLICY_CONFIG),
            pages);
      }
      for (String state : List.of("sources", "fetched")) {
        assertEquals(2, partitions(admin, state), state);
        assertEquals(
            TopicConfig.CLEANUP_POLICY_COMPACT,
            config(admin, state, TopicConfig.CLEANUP_POLICY_CONFIG),
            state);
      }
      assertEquals(1, partitions(admin, "articles"), "an existing topic is not changed");
    }
  }

  /**
   * A creation returns before brokers serve the topic; a client asking in between is told it does
   * not exist (Kafka Streams then drops it from its assignment). Rounds of creations, each
   * described by another client at once after the wait, find that gap when the wait misses it.
   */
  @Test
  void awaitServedReturnsOnceTheBrokerServesEveryCreatedTopic() throws Exception {
    try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(work.resolve("kafka"), 16 << 20);
        Admin creator = Admin.create(KafkaConnection.to(broker.bootstrapServers()).clientConfig());
        Admin reader = Admin.create(KafkaConnection.to(broker.bootstrapServers()).clientConfig())) {
      for (int round = 0; round < 20; round++) {
        List<String> names = List.of("a" + round, "b" + round, "c" + round);
        TopicCreator.createMissing(
            creator, names.stream().map(n -> new NewTopic(n, 4, (short) 1)).toList());
        TopicCreator.awaitServed(creator, names);

        Map<String, TopicDescription> described =
            reader.describeTopics(names).allTopicNames().get(30, TimeUnit.SECONDS);
        for (String name : names) {
          assertEquals(4, described.get(name).partitions().size(), name);
          assertTrue(
              described.get(name).partitions().stream().allMatch(p -> p.leader() != null), name);
        }
      }
    }
  }

  /** What a service or {@code newsflow broker} calls: it returns once another client sees them. */
  @Test
  void thePipelinesTopicsAreServedWhenTheCreationReturns() throws Exception {
    try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(work.resolve("kafka"), 16 << 20);
        Admin reader = Admin.create(KafkaConnection.to(broker.bootstrapServers()).clientConfig())) {
      for (int round = 0; round < 10; round++) {
        List<String> names =
            List.of("raw" + round, "art" + round, "dead" + round, "src" + round, "seen" + round);
        TopicSettings topics =
            new TopicSettings(
                names.get(0),
                names.get(1),
                names.get(2),
                names.get(3),
                names.get(4),
                3,
                (short) 1,
                MAX_MESSAGE_BYTES);
        TopicCreator.createMissing(KafkaConnection.to(broker.bootstrapServers()), topics);

        Map<String, TopicDescription> described =
            reader.describeTopics(names).allTopicNames().get(30, TimeUnit.SECONDS);
        for (String name : names) {
          assertTrue(
              described.get(name).partitions().stream().allMatch(p -> p.leader() != null), name);
        }
      }
    }
  }

  static int partitions(Admin admin, String topic) throws Exception {
    TopicDescription description =
        admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic);
    return description.partitions().size();
  }

  static String config(Admin admin, String topic, String key) throws Exception {
    ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
    Config config = admin.describeConfigs(List.of(resource)).all().get().get(resource);
    return config.get(key).value();
  }
}
