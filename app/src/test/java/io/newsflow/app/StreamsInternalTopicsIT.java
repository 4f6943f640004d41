package io.newsflow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.newsflow.app.embedded.EmbeddedKafkaBroker;
import io.newsflow.enrich.EnrichConfig;
import io.newsflow.enrich.EnrichService;
import io.newsflow.schema.KafkaConnection;
import io.newsflow.schema.TopicCreator;
import io.newsflow.schema.TopicSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The internal topics `newsflow run` creates for enrich before Kafka Streams starts (on its
 * embedded broker) are the ones Kafka Streams creates itself: same names, partition counts and
 * topic settings. Checked against Kafka Streams of the version on the class path, so an upgrade
 * that names or configures them otherwise fails here. A Kafka Streams application then starts on
 * the created topics and creates none of its own.
 */
class StreamsInternalTopicsIT {
  @TempDir Path work;

  /** Not the default, so that a count taken from the default rather than the topic shows. */
  private static final int RAW_PARTITIONS = 2;

  @Test
  void createdBeforehandAsKafkaStreamsCreatesThem() throws Exception {
    TopicSettings topics = TopicSettings.defaults().withPartitions(RAW_PARTITIONS);
    try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(work.resolve("broker"), 16 << 20);
        Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
      KafkaConnection kafka = KafkaConnection.to(broker.bootstrapServers());
      TopicCreator.createMissing(kafka, topics);

      try (EnrichService byStreams = new EnrichService(kafka, topics, config("by-streams"))) {
        byStreams.start();
        awaitRunning(byStreams);
      }
      Map<String, String> streamsMade = describe(admin, "by-streams-");
      assertFalse(streamsMade.isEmpty(), "Kafka Streams created no internal topic");
      streamsMade.forEach(
          (name, what) -> System.out.println("Kafka Streams made " + name + ": " + what));

      try (EnrichService ours = new EnrichService(kafka, topics, config("by-us"))) {
        Set<String> created =
            TopicCreator.createMissing(admin, ours.internalTopics(RAW_PARTITIONS));
        assertEquals(streamsMade.keySet().size(), created.size(), created.toString());
        Map<String, String> oursMade = describe(admin, "by-us-", created.size());
        assertEquals(streamsMade, oursMade);

        ours.start();
        awaitRunning(ours);
        assertEquals(
            oursMade,
            describe(admin, "by-us-", created.size()),
            "Kafka Streams changed or added topics");
      }
    }
  }

  private EnrichConfig config(String applicationId) {
    EnrichConfig d = EnrichConfig.defaults(work.resolve(applicationId));
    return new EnrichConfig(
        applicationId,
        d.stateDir(),
        d.streamThreads(),
        d.maxPageBytes(),
        d.minWords(),
        d.maxTags(),
        d.pageBudget(),
        d.siteMemory(),
        d.entityLanguages(),
        d.dedup(),
        d.commitInterval());
  }

  private static void awaitRunning(EnrichService enrich) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (enrich.state() != KafkaStreams.State.RUNNING) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("enrich not RUNNING after 2 minutes: " + enrich.state());
      }
      Thread.sleep(50);
    }
  }

  private static Set<String> topics(Admin admin, String prefix) throws Exception {
    return admin.listTopics().names().get(30, TimeUnit.SECONDS).stream()
        .filter(n -> n.startsWith(prefix))
        .collect(Collectors.toSet());
  }

  /**
   * Each topic of the prefix, by its name without it: its partition count and the settings set on
   * the topic itself (not the broker's defaults).
   */
  private static Map<String, String> describe(Admin admin, String prefix) throws Exception {
    return describe(admin, prefix, 1);
  }

  /**
   * As {@link #describe(Admin, String)}, once at least {@code atLeast} topics of the prefix are
   * listed: a broker learns of a created topic from the controller's metadata a moment after the
   * creation returns, so a listing right after it can miss some (within 30 s).
   */
  private static Map<String, String> describe(Admin admin, String prefix, int atLeast)
      throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    Set<String> names = topics(admin, prefix);
    while (names.size() < atLeast && System.nanoTime() < deadline) {
      Thread.sleep(100);
      names = topics(admin, prefix);
    }
    Map<String, TopicDescription> descriptions =
        admin.describeTopics(names).allTopicNames().get(30, TimeUnit.SECONDS);
    List<ConfigResource> resources =
        names.stream().map(n -> new ConfigResource(ConfigResource.Type.TOPIC, n)).toList();
    Map<ConfigResource, Config> configs =
        admin.describeConfigs(resources).all().get(30, TimeUnit.SECONDS);
    Map<String, String> out = new TreeMap<>();
    for (String name : names) {
      String settings =
          configs.get(new ConfigResource(ConfigResource.Type.TOPIC, name)).entries().stream()
              .filter(e -> e.source() == ConfigEntry.ConfigSource.DYNAMIC_TOPIC_CONFIG)
              .map(e -> e.name() + "=" + e.value())
              .sorted()
              .collect(Collectors.joining(", "));
      out.put(
          name.substring(prefix.length()),
          descriptions.get(name).partitions().size() + " partitions: " + settings);
    }
    return out;
  }
}
