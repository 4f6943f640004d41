package io.newsflow.schema;

import org.apache.kafka.common.serialization.Serde;

/** A topic name tied to the serdes of its keys and values, so no stage relies on default serdes. */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde) {
  public Topic {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("topic name must not be blank");
    }
  }

  public Topic<K, V> withName(String newName) {
    return new Topic<>(newName, keySerde, valueSerde);
  }
}
