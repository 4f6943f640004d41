package io.newsflow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsflow.app.cli.KafkaOptions;
import io.newsflow.schema.KafkaConnection;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Where a command finds its cluster: the flag, else KAFKA_BOOTSTRAP_SERVERS, else a client
 * property.
 */
class KafkaClusterOptionTest {
  static Optional<KafkaConnection> cluster(Map<String, String> env, String... args) {
    return OptionDefaultsTest.parsedOptions(KafkaOptions.class, env, args).cluster();
  }

  @Test
  void theFlagWinsOverTheEnvironment() {
    assertEquals(
        Optional.of(KafkaConnection.to("flag:9092")),
        cluster(
            Map.of("KAFKA_BOOTSTRAP_SERVERS", "env:9092"),
            "sink",
            "--bootstrap-servers",
            "flag:9092"));
  }

  @Test
  void theEnvironmentWinsOverABootstrapServersClientProperty() {
    assertEquals(
        Optional.of(KafkaConnection.to("env:9092")),
        cluster(
            Map.of("KAFKA_BOOTSTRAP_SERVERS", "env:9092"),
            "sink",
            "-X",
            "bootstrap.servers=property:9092"));
  }

  @Test
  void aBootstrapServersClientPropertyNamesTheClusterWhenNothingElseDoes() {
    assertEquals(
        Optional.of(KafkaConnection.to("property:9092")),
        cluster(Map.of(), "enrich", "-X", "bootstrap.servers=property:9092"));
  }

  @Test
  void theClientPropertiesTravelWithTheCluster() {
    KafkaConnection kafka =
        cluster(
                Map.of("KAFKA_CLIENT_SECURITY_PROTOCOL", "SSL"),
                "ingest",
                "--bootstrap-servers",
                "flag:9092",
                "-X",
                "linger.ms=5")
            .orElseThrow();
    assertEquals(Map.of("security.protocol", "SSL", "linger.ms", "5"), kafka.clientProperties());
  }

  @Test
  void withoutAnyThereIsNoCluster() {
    assertEquals(Optional.empty(), cluster(Map.of(), "run"));
  }
}
