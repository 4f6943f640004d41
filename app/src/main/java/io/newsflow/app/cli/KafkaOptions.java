package io.newsflow.app.cli;

import io.newsflow.schema.KafkaConnection;
import io.newsflow.schema.TopicSettings;
import io.newsflow.schema.Topics;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.CommonClientConfigs;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** How every command reaches Kafka, and the topics it uses. */
public final class KafkaOptions {
  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(
      names = "--bootstrap-servers",
      paramLabel = "HOST:PORT[,...]",
      description =
          "Kafka cluster to use (env KAFKA_BOOTSTRAP_SERVERS). `run` without it starts an embedded broker.")
  String bootstrapServers;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description =
          "Properties file: newsflow.<option> settings and Kafka client properties (env NEWSFLOW_CONFIG).")
  Path configFile;

  @Option(
      names = {"-X", "--kafka-property"},
      paramLabel = "KEY=VALUE",
      description =
          "A Kafka client property, passed through unchanged (e.g. -X security.protocol=SSL).")
  Map<String, String> kafkaProperties = new LinkedHashMap<>();

  @Option(
      names = "--topic-raw-pages",
      defaultValue = Topics.RAW_PAGES,
      description = "Default: ${DEFAULT-VALUE}.")
  String rawPagesTopic;

  @Option(
      names = "--topic-articles",
      defaultValue = Topics.ARTICLES,
      description = "Default: ${DEFAULT-VALUE}.")
  String articlesTopic;

  @Option(
      names = "--topic-dead-letter",
      defaultValue = Topics.DEAD_LETTER,
      description = "Default: ${DEFAULT-VALUE}.")
  String deadLetterTopic;

  @Option(
      names = "--topic-sources",
      defaultValue = Topics.SOURCES,
      description = "Default: ${DEFAULT-VALUE}.")
  String sourcesTopic;

  @Option(
      names = "--topic-fetched-urls",
      defaultValue = Topics.FETCHED_URLS,
      description = "Default: ${DEFAULT-VALUE}.")
  String fetchedUrlsTopic;

  @Option(
      names = "--topic-partitions",
      defaultValue = "" + TopicSettings.DEFAULT_PARTITIONS,
      description = "Partitions of topics created at start. Default: ${DEFAULT-VALUE}.")
  int partitions;

  @Option(
      names = "--topic-replication-factor",
      defaultValue = "" + TopicSettings.DEFAULT_REPLICATION_FACTOR,
      description =
          "Replication factor of topics created at start (3 on a real cluster). Default: ${DEFAULT-VALUE}.")
  short replicationFactor;

  @Option(
      names = "--topic-max-message-bytes",
      defaultValue = "" + TopicSettings.DEFAULT_MAX_MESSAGE_BYTES,
      description =
          "Largest record the raw-page, article and dead-letter topics take; at least "
              + SizeLimits.RECORD_OVERHEAD_BYTES / 1024
              + " KiB above"
              + " --max-body-bytes and --max-line-bytes. Default: ${DEFAULT-VALUE}.")
  int maxMessageBytes;

  /**
   * The cluster of the flag or KAFKA_BOOTSTRAP_SERVERS, else of a bootstrap.servers client
   * property, with the client properties; empty when none is configured.
   */
  public Optional<KafkaConnection> cluster() {
    Map<String, String> properties = clientProperties();
    String servers =
        bootstrapServers != null && !bootstrapServers.isBlank()
            ? bootstrapServers
            : properties.get(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG);
    return servers == null || servers.isBlank()
        ? Optional.empty()
        : Optional.of(new KafkaConnection(servers, properties));
  }

  public TopicSettings topics() {
    return new TopicSettings(
        rawPagesTopic,
        articlesTopic,
        deadLetterTopic,
        sourcesTopic,
        fetchedUrlsTopic,
        partitions,
        replicationFactor,
        maxMessageBytes);
  }

  /** Kafka client properties from file, environment and flags (in rising precedence). */
  public Map<String, String> clientProperties() {
    Map<String, String> config = new HashMap<>();
    if (spec.root().defaultValueProvider() instanceof SettingsDefaultProvider settings) {
      config.putAll(settings.clientProperties());
    }
    config.putAll(kafkaProperties);
    return config;
  }
}
