package io.newsflow.schema;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;

/**
 * How every stage reaches Kafka: the cluster, resolved once at start, and the client properties
 * passed through unchanged to each client a stage makes (security, tuning).
 *
 * @param bootstrapServers host:port[,host:port...] of the cluster
 * @param clientProperties further client properties; a bootstrap.servers among them is dropped, the
 *     cluster is {@code bootstrapServers}
 */
public record KafkaConnection(String bootstrapServers, Map<String, String> clientProperties) {
  public KafkaConnection {
    if (bootstrapServers == null || bootstrapServers.isBlank()) {
      throw new IllegalArgumentException("bootstrap servers must not be blank");
    }
    bootstrapServers = bootstrapServers.strip();
    Map<String, String> others = new HashMap<>(clientProperties);
    others.remove(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG);
    clientProperties = Map.copyOf(others);
  }

  /** The cluster with no further client properties. */
  public static KafkaConnection to(String bootstrapServers) {
    return new KafkaConnection(bootstrapServers, Map.of());
  }

  /** A new, modifiable config for one client: the client properties plus bootstrap.servers. */
  public Map<String, Object> clientConfig() {
    Map<String, Object> config = new HashMap<>(clientProperties);
    config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    return config;
  }
}
