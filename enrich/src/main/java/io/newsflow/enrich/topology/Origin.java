package io.newsflow.enrich.topology;

import io.newsflow.schema.deadletter.DeadLetterOrigin;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Where a raw record was read and under which key: an article or dead letter points back at it.
 * After the repartition of text pages by site, both travel in headers, since the record there is
 * another topic's record with another key.
 *
 * @param topic null when unknown (a punctuation, a test without metadata)
 * @param key the producer's key bytes, may be null
 */
record Origin(String topic, Integer partition, Long offset, byte[] key) {
  static final String TOPIC = "newsflow.origin.topic";
  static final String PARTITION = "newsflow.origin.partition";
  static final String OFFSET = "newsflow.origin.offset";
  static final String KEY = "newsflow.origin.key";

  /**
   * The origin of a record: its headers if it was repartitioned, else where the context read it.
   */
  static Origin of(Record<byte[], ?> record, ProcessorContext<?, ?> context) {
    Headers headers = record.headers();
    Header topic = headers.lastHeader(TOPIC);
    Header partition = headers.lastHeader(PARTITION);
    Header offset = headers.lastHeader(OFFSET);
    if (topic != null && partition != null && offset != null) {
      Header key = headers.lastHeader(KEY);
      return new Origin(
          new String(topic.value(), StandardCharsets.UTF_8),
          ByteBuffer.wrap(partition.value()).getInt(),
          ByteBuffer.wrap(offset.value()).getLong(),
          key == null ? null : key.value());
    }
    return context
        .recordMetadata()
        .map(m -> new Origin(m.topic(), m.partition(), m.offset(), record.key()))
        .orElse(new Origin(null, null, null, record.key()));
  }

  /** The headers that carry this origin through a repartition topic. */
  Headers toHeaders() {
    Headers headers = new RecordHeaders();
    if (topic != null) {
      headers.add(TOPIC, topic.getBytes(StandardCharsets.UTF_8));
      headers.add(PARTITION, ByteBuffer.allocate(4).putInt(partition).array());
      headers.add(OFFSET, ByteBuffer.allocate(8).putLong(offset).array());
    }
    if (key != null) {
      headers.add(KEY, key);
    }
    return headers;
  }

  /** Topic, partition and offset, as a dead letter records them. */
  DeadLetterOrigin forLetter() {
    return new DeadLetterOrigin(topic, partition, offset);
  }

  /** The key as text (URLs are the producers' keys), or null. */
  String keyText() {
    return text(key);
  }

  static String text(byte[] key) {
    return key == null ? null : new String(key, StandardCharsets.UTF_8);
  }
}
