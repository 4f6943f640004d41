package io.newsflow.enrich.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The little the dedup index needs of a store: byte keys in unsigned lexicographic order. In the
 * stream it is a changelogged Kafka Streams store; offline and in tests a sorted map.
 */
public interface SortedStore {
  byte[] get(byte[] key);

  void put(byte[] key, byte[] value);

  void delete(byte[] key);

  /** Keys starting with {@code prefix}, from the last (highest) down, at most {@code limit}. */
  List<byte[]> lastKeys(byte[] prefix, int limit);

  /**
   * Visits entries from the first key on while {@code visitor} returns true; the visitor may not
   * change the store (collect, then change).
   */
  void forEachFromFirst(Predicate<Map.Entry<byte[], byte[]>> visitor);

  long approximateEntries();

  /** A store in memory, for the offline command and tests. */
  static SortedStore inMemory() {
    return new InMemory();
  }

  /** The key just past every key that starts with {@code prefix} (the prefix is never all 0xFF). */
  static byte[] prefixEnd(byte[] prefix) {
    byte[] end = Arrays.copyOf(prefix, prefix.length);
    for (int i = end.length - 1; i >= 0; i--) {
      if (end[i] != (byte) 0xFF) {
        end[i]++;
        return Arrays.copyOf(end, i + 1);
      }
    }
    throw new IllegalArgumentException("prefix of only 0xFF bytes");
  }

  final class InMemory implements SortedStore {
    private final TreeMap<byte[], byte[]> map = new TreeMap<>(Arrays::compareUnsigned);

    @Override
    public byte[] get(byte[] key) {
      return map.get(key);
    }

    @Override
    public void put(byte[] key, byte[] value) {
      map.put(key, value);
    }

    @Override
    public void delete(byte[] key) {
      map.remove(key);
    }

    @Override
    public List<byte[]> lastKeys(byte[] prefix, int limit) {
      List<byte[]> out = new ArrayList<>();
      for (byte[] k : map.subMap(prefix, true, prefixEnd(prefix), false).descendingKeySet()) {
        if (out.size() >= limit) {
          break;
        }
        out.add(k);
      }
      return out;
    }

    @Override
    public void forEachFromFirst(Predicate<Map.Entry<byte[], byte[]>> visitor) {
      for (Map.Entry<byte[], byte[]> e : map.entrySet()) {
        if (!visitor.test(e)) {
          return;
        }
      }
    }

    @Override
    public long approximateEntries() {
      return map.size();
    }
  }
}
