package io.newsflow.schema;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.avro.Schema;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.message.SchemaStore;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Kafka serde for a generated Avro record in Avro's single-object encoding: a two-byte marker, the
 * 8-byte CRC-64-AVRO fingerprint of the writer's schema, then Avro binary. A reader resolves any
 * writer schema it knows (the current one, plus older ones registered in the store) to its own.
 *
 * <p>Null maps to null both ways, so tombstones pass through. Thread-safe.
 */
public final class AvroSerde<T extends SpecificRecord> implements Serde<T> {
  private final BinaryMessageEncoder<T> encoder;
  private final BinaryMessageDecoder<T> decoder;

  public AvroSerde(Schema schema) {
    this(schema, new SchemaStore.Cache());
  }

  public AvroSerde(Schema schema, SchemaStore olderWriterSchemas) {
    TrustedSchemaClasses.register();
    SpecificData model = SpecificData.getForSchema(schema);
    this.encoder = new BinaryMessageEncoder<>(model, schema);
    this.decoder = new BinaryMessageDecoder<>(model, schema, olderWriterSchemas);
  }

  public byte[] encode(T value) {
    // Straight into a buffer this thread reuses, then one copy of exactly the record's size:
    // encoder.encode(value) grows a buffer of its own and copies it twice (a page is ~170 KB).
    EncodeBuffer buffer = ENCODE_BUFFER.get();
    buffer.reset();
    try {
      encoder.encode(value, buffer);
      return buffer.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (buffer.capacity() > MAX_KEPT_BUFFER) {
        ENCODE_BUFFER.remove(); // one huge page must not pin megabytes per thread
      }
    }
  }

  /** A reused buffer larger than this is dropped after use. */
  private static final int MAX_KEPT_BUFFER = 1 << 20;

  private static final ThreadLocal<EncodeBuffer> ENCODE_BUFFER =
      ThreadLocal.withInitial(EncodeBuffer::new);

  private static final class EncodeBuffer extends ByteArrayOutputStream {
    EncodeBuffer() {
      super(64 * 1024);
    }

    int capacity() {
      return buf.length;
    }
  }

  /**
   * Decodes, or throws {@link SerializationException} with the cause for bytes that are not a T.
   */
  public T decode(byte[] bytes) {
    try {
      return decoder.decode(bytes);
    } catch (IOException | RuntimeException e) {
      throw new SerializationException("not a single-object encoded " + nameOf() + ": " + e, e);
    }
  }

  private String nameOf() {
    return decoder.getClass().getSimpleName();
  }

  @Override
  public Serializer<T> serializer() {
    return (topic, value) -> value == null ? null : encode(value);
  }

  @Override
  public Deserializer<T> deserializer() {
    return (topic, bytes) -> bytes == null ? null : decode(bytes);
  }
}
