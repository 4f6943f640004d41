package io.newsflow.enrich.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/** A Kafka Streams key-value store (RocksDB, changelogged) as the index's sorted store. */
final class KafkaSortedStore implements SortedStore {
  /** Longer than any key's tail after a prefix: the prefix's keys all sort before prefix+FF... */
  private static final int TAIL = 16;

  private final KeyValueStore<Bytes, byte[]> store;

  KafkaSortedStore(KeyValueStore<Bytes, byte[]> store) {
    this.store = store;
  }

  @Override
  public byte[] get(byte[] key) {
    return store.get(Bytes.wrap(key));
  }

  @Override
  public void put(byte[] key, byte[] value) {
    store.put(Bytes.wrap(key), value);
  }

  @Override
  public void delete(byte[] key) {
    store.delete(Bytes.wrap(key));
  }

  @Override
  public List<byte[]> lastKeys(byte[] prefix, int limit) {
    byte[] to = Arrays.copyOf(prefix, prefix.length + TAIL);
    Arrays.fill(to, prefix.length, to.length, (byte) 0xFF);
    List<byte[]> out = new ArrayList<>();
    try (KeyValueIterator<Bytes, byte[]> it =
        store.reverseRange(Bytes.wrap(prefix), Bytes.wrap(to))) {
      while (it.hasNext() && out.size() < limit) {
        out.add(it.next().key.get());
      }
    }
    return out;
  }

  @Override
  public void forEachFromFirst(Predicate<Map.Entry<byte[], byte[]>> visitor) {
    try (KeyValueIterator<Bytes, byte[]> it = store.all()) {
      while (it.hasNext()) {
        KeyValue<Bytes, byte[]> e = it.next();
        if (!visitor.test(Map.entry(e.key.get(), e.value))) {
          return;
        }
      }
    }
  }

  @Override
  public long approximateEntries() {
    return store.approximateNumEntries();
  }
}
