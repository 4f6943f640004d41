package io.newsflow.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TopicSettingsTest {
  @Test
  void withersChangeOneSettingAndKeepTheRest() {
    TopicSettings d = TopicSettings.defaults();
    TopicSettings changed = d.withPartitions(6).withMaxMessageBytes(1 << 20);
    assertEquals(6, changed.partitions());
    assertEquals(1 << 20, changed.maxMessageBytes());
    assertEquals(
        d, changed.withPartitions(d.partitions()).withMaxMessageBytes(d.maxMessageBytes()));
  }

  @Test
  void withersCheckLikeTheConstructor() {
    assertThrows(IllegalArgumentException.class, () -> TopicSettings.defaults().withPartitions(0));
    assertThrows(
        IllegalArgumentException.class, () -> TopicSettings.defaults().withMaxMessageBytes(100));
  }
}
