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

  /** Where the context read a record, under its own key: a record read from the raw topic. */
  static Origin read(Record<byte[], ?> record, ProcessorContext<?, ?> context) {
    return context
        .recordMetadata()
        .map(m -> new Origin(m.topic(), m.partition(), m.offset(), record.key()))
        .orElse(new Origin(null, null, null, record.key()));
  }

  /**
   * The origin a repartitioned record carries in its headers (written by {@link #toHeaders}), or
   * where it was read when the headers are missing or malformed: only the repartition topic's
   * records are read this way, never a producer's, whose headers could claim anything.
   */
  static Origin carried(Record<byte[], ?> record, ProcessorContext<?, ?> context) {
    Headers headers = record.headers();
    byte[] topic = value(headers, TOPIC);
    byte[] partition = value(headers, PARTITION);
    byte[] offset = value(headers, OFFSET);
    if (topic == null
        || partition == null
        || partition.length != 4
        || offset == null
        || offset.length != 8) {
      return read(record, context);
    }
    return new Origin(
        new String(topic, StandardCharsets.UTF_8),
        ByteBuffer.wrap(partition).getInt(),
        ByteBuffer.wrap(offset).getLong(),
        value(headers, KEY));
  }

  private static byte[] value(Headers headers, String name) {
    Header header = headers.lastHeader(name);
    return header == null ? null : header.value();
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
