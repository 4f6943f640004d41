package io.newsflow.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class KafkaConnectionTest {
  @Test
  void aClientConfigHasTheClusterAndTheClientProperties() {
    KafkaConnection kafka =
        new KafkaConnection(" broker1:9092,broker2:9092 ", Map.of("security.protocol", "SSL"));
    assertEquals(
        Map.of("bootstrap.servers", "broker1:9092,broker2:9092", "security.protocol", "SSL"),
        kafka.clientConfig());
  }

  @Test
  void theBootstrapServersWinOverABootstrapServersClientProperty() {
    KafkaConnection kafka =
        new KafkaConnection("flag:9092", Map.of("bootstrap.servers", "file:9092"));
    assertEquals("flag:9092", kafka.clientConfig().get("bootstrap.servers"));
    assertEquals(Map.of(), kafka.clientProperties());
  }

  @Test
  void eachClientGetsItsOwnConfigToChange() {
    KafkaConnection kafka = KafkaConnection.to("localhost:9092");
    kafka.clientConfig().put("group.id", "one-client");
    assertEquals(Map.of("bootstrap.servers", "localhost:9092"), kafka.clientConfig());
  }

  @Test
  void aBlankClusterIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> KafkaConnection.to(" "));
  }
}
