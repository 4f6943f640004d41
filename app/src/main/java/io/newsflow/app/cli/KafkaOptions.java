package io.newsflow.app.cli;

import io.newsflow.schema.KafkaConnection;
import io.newsflow.schema.TopicSettings;
import io.newsflow.schema.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.CommonClientConfigs;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** How every command reaches Kafka, and the topics it uses. */
public final class KafkaOptions {
  private static final Pattern HOST_PORT =
      Pattern.compile("(\\[[0-9a-fA-F:.]+\\]|[^\\s:,\\[\\]]+):(\\d{1,5})");

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(
      names = "--bootstrap-servers",
      paramLabel = "HOST:PORT[,...]",
      description =
          "Kafka cluster to use (env KAFKA_BOOTSTRAP_SERVERS). `run` without it starts an embedded broker.")
  String bootstrapServers;

  @Option(
      names = "--kafka-wait",
      defaultValue = ReachableCluster.DEFAULT_TIMEOUT_TEXT,
      paramLabel = "DURATION",
      description =
          "How long to wait at start for the cluster to answer. Default: ${DEFAULT-VALUE}.")
  Duration kafkaWait;

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
    if (servers == null || servers.isBlank()) {
      return Optional.empty();
    }
    requireHostPorts(servers);
    return Optional.of(new KafkaConnection(servers, properties));
  }

  /** Kafka's own check of this list is a stack trace from inside the client. */
  static void requireHostPorts(String servers) {
    for (String server : servers.split(",", -1)) {
      Matcher m = HOST_PORT.matcher(server.strip());
      if (!m.matches() || !validPort(m.group(2))) {
        throw UserError.badValue(
            "--bootstrap-servers",
            servers,
            "'" + server.strip() + "' is not HOST:PORT",
            "give HOST:PORT[,HOST:PORT...] with a port from 1 to 65535, e.g. localhost:9092");
      }
    }
  }

  private static boolean validPort(String digits) {
    int port = Integer.parseInt(digits);
    return port >= 1 && port <= 65535;
  }

  /** Fails with one line when the cluster does not answer within {@code --kafka-wait}. */
  public void requireReachable(KafkaConnection cluster) {
    ReachableCluster.require(cluster, kafkaWait);
  }

  public TopicSettings topics() {
    requireAtLeastOne("--topic-partitions", partitions);
    requireAtLeastOne("--topic-replication-factor", replicationFactor);
    requireAtLeastOne("--topic-max-message-bytes", maxMessageBytes);
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

  private static void requireAtLeastOne(String option, int value) {
    if (value < 1) {
      throw UserError.badValue(option, value, "must be at least 1", "give a positive number");
    }
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
