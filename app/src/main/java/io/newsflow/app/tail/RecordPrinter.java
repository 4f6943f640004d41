package io.newsflow.app.tail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.schema.AvroSerde;
import io.newsflow.sink.json.AvroJson;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.SerializationException;

/**
 * One record of a pipeline topic as one JSON line: where it is (topic, partition, offset, time),
 * its key, and its value decoded with the topic's schema under the schema's field names. Bytes
 * fields (page bodies, a dead letter's original value) are abbreviated unless whole bodies are
 * asked for. A record that does not decode is an {@link Undecodable} with a one-line reason.
 */
public final class RecordPrinter {
  /** How much of a bytes field an abbreviated line shows. */
  static final int PREVIEW_BYTES = 120;

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final AvroSerde<?> serde;
  private final String typeName;
  private final boolean wholeBodies;

  public RecordPrinter(AvroSerde<?> serde, String typeName, boolean wholeBodies) {
    this.serde = serde;
    this.typeName = typeName;
    this.wholeBodies = wholeBodies;
  }

  /** A record that is not one of ours: where it is and why it did not decode. */
  public static final class Undecodable extends Exception {
    Undecodable(String message) {
      super(message, null, false, false);
    }
  }

  /** The JSON line of the record. */
  public String line(ConsumerRecord<byte[], byte[]> record) throws Undecodable {
    ObjectNode line = NODES.objectNode();
    line.put("topic", record.topic());
    line.put("partition", record.partition());
    line.put("offset", record.offset());
    line.put("timestamp", Instant.ofEpochMilli(record.timestamp()).toString());
    line.put("key", key(record.key()));
    if (record.value() == null) {
      line.putNull("value"); // a tombstone of a compacted topic
    } else {
      try {
        line.set(
            "value",
            AvroJson.toNode(
                serde.decode(record.value()),
                wholeBodies ? RecordPrinter::whole : RecordPrinter::preview));
      } catch (SerializationException e) {
        throw new Undecodable(
            String.format(
                Locale.ROOT,
                "%s/%d@%d: does not decode as %s (%d bytes): %s",
                record.topic(),
                record.partition(),
                record.offset(),
                typeName,
                record.value().length,
                rootMessage(e)));
      }
    }
    try {
      return MAPPER.writeValueAsString(line);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of plain nodes always serialises", e);
    }
  }

  static String key(byte[] key) {
    return key == null ? null : new String(key, StandardCharsets.UTF_8);
  }

  /** The start of the bytes as text, and their size: enough to recognise a page. */
  static JsonNode preview(byte[] raw) {
    if (raw.length <= PREVIEW_BYTES && strictUtf8(raw) != null) {
      return NODES.textNode(strictUtf8(raw));
    }
    String start =
        new String(raw, 0, Math.min(raw.length, PREVIEW_BYTES), StandardCharsets.UTF_8)
            .replaceAll("\\s+", " ");
    return NODES.textNode(start + "… (" + raw.length + " bytes; --body shows all)");
  }

  /** The whole bytes: as text when they are UTF-8, otherwise base64 after a "base64:" prefix. */
  static JsonNode whole(byte[] raw) {
    String text = strictUtf8(raw);
    return NODES.textNode(
        text != null ? text : "base64:" + Base64.getEncoder().encodeToString(raw));
  }

  private static String strictUtf8(byte[] raw) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(raw))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    return (message == null ? root.getClass().getSimpleName() : message).replaceAll("\\s+", " ");
  }
}
