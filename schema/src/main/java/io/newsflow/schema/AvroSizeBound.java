package io.newsflow.schema;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.Map;
import org.apache.avro.generic.GenericEnumSymbol;
import org.apache.avro.generic.GenericFixed;
import org.apache.avro.generic.IndexedRecord;

/**
 * An upper bound of a record's size in {@link AvroSerde}'s encoding, found without encoding it: a
 * string takes at most three UTF-8 bytes per char (a surrogate pair, two chars, takes four), every
 * length, count, number and union branch at most ten bytes. A stage that must refuse records over a
 * limit can let most records through on the bound and encode only those near the limit, instead of
 * encoding each record once to measure it and once more to send it.
 */
public final class AvroSizeBound {
  private AvroSizeBound() {}

  /** Single-object encoding's marker and schema fingerprint. */
  private static final long HEADER = 10;

  /** A varint-encoded long, or a double: at most ten bytes. */
  private static final long NUMBER = 10;

  /** Beyond any limit: a value of a kind this bound does not know is never let through on it. */
  private static final long UNKNOWN = 1L << 40;

  /** At least the size {@link AvroSerde#encode} gives {@code record}. */
  public static long of(IndexedRecord record) {
    return Math.min(UNKNOWN, HEADER + value(record));
  }

  private static long value(Object v) {
    if (v == null) {
      return 0;
    }
    if (v instanceof CharSequence s) {
      return NUMBER + 3L * s.length();
    }
    if (v instanceof IndexedRecord r) {
      return record(r);
    }
    if (v instanceof Collection<?> items) {
      long size = 2 * NUMBER + 1; // a block count, its byte size if blocked, the closing 0
      for (Object item : items) {
        size += NUMBER + value(item); // the union branch, if the items are a union
      }
      return size;
    }
    if (v instanceof Map<?, ?> map) {
      long size = 2 * NUMBER + 1;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        size += value(e.getKey()) + NUMBER + value(e.getValue());
      }
      return size;
    }
    return scalar(v);
  }

  private static long record(IndexedRecord r) {
    long size = 0;
    int fields = r.getSchema().getFields().size();
    for (int i = 0; i < fields; i++) {
      size += NUMBER + value(r.get(i)); // the union branch, if the field is a union
      if (size >= UNKNOWN) {
        return UNKNOWN;
      }
    }
    return size;
  }

  private static long scalar(Object v) {
    if (v instanceof ByteBuffer bytes) {
      return NUMBER + bytes.remaining();
    }
    if (v instanceof byte[] bytes) {
      return NUMBER + bytes.length;
    }
    if (v instanceof GenericFixed fixed) {
      return fixed.bytes().length;
    }
    if (v instanceof BigDecimal decimal) {
      return NUMBER + decimal.unscaledValue().bitLength() / 8 + 1;
    }
    if (v instanceof Number
        || v instanceof Boolean
        || v instanceof Enum<?>
        || v instanceof GenericEnumSymbol<?>
        || v instanceof Temporal) {
      return NUMBER;
    }
    return UNKNOWN;
  }
}
