package io.newsflow.enrich.topology;

import io.newsflow.enrich.EnrichConfig.SiteMemorySettings;
import io.newsflow.enrich.text.SiteMemory;
import java.nio.ByteBuffer;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * The site memory on a Kafka Streams key-value store (RocksDB, changelogged, so it survives a
 * restart and moves with its partition). Key: site, NUL, line fingerprint. Value: on how many
 * distinct pages of the site the line was seen, when last, and a hash of the last page (so a page
 * delivered twice in a row counts once). Entries not seen within the window are evicted.
 */
final class SiteMemoryStore {
  static final String NAME = "site-line-memory";
  private static final int VALUE_BYTES = 8 + 4 + 8;

  private final KeyValueStore<String, byte[]> store;
  private final SiteMemorySettings settings;

  SiteMemoryStore(KeyValueStore<String, byte[]> store, SiteMemorySettings settings) {
    this.store = store;
    this.settings = settings;
  }

  static StoreBuilder<KeyValueStore<String, byte[]>> builder() {
    return Stores.keyValueStoreBuilder(
            Stores.persistentKeyValueStore(NAME), Serdes.String(), Serdes.ByteArray())
        .withLoggingEnabled(java.util.Map.of("cleanup.policy", "compact"));
  }

  /** The memory of one site as of one page; {@code site} "" has none. */
  SiteMemory forPage(String site, String pageUrl, long nowMillis) {
    if (site.isEmpty() || !settings.enabled()) {
      return SiteMemory.NONE;
    }
    long pageHash = pageUrl.hashCode() * 0x9E3779B97F4A7C15L + pageUrl.length();
    long oldest = nowMillis - settings.window().toMillis();
    return new SiteMemory() {
      @Override
      public boolean isChrome(String fingerprint) {
        byte[] v = store.get(key(site, fingerprint));
        return v != null && count(v) >= settings.minPages() && lastSeen(v) >= oldest;
      }

      @Override
      public void learn(List<String> fingerprints) {
        int n = Math.min(fingerprints.size(), settings.maxLinesPerPage());
        for (int i = 0; i < n; i++) {
          String key = key(site, fingerprints.get(i));
          byte[] v = store.get(key);
          int count = v == null || lastSeen(v) < oldest ? 0 : count(v);
          if (v != null && lastPage(v) == pageHash && count > 0) {
            store.put(key, value(nowMillis, count, pageHash));
          } else {
            store.put(key, value(nowMillis, count + 1, pageHash));
          }
        }
      }
    };
  }

  /** Deletes entries last seen before the window: the store holds only what can still count. */
  int evictOlderThan(long oldestMillis) {
    int evicted = 0;
    try (KeyValueIterator<String, byte[]> all = store.all()) {
      java.util.List<String> stale = new java.util.ArrayList<>();
      while (all.hasNext()) {
        KeyValue<String, byte[]> e = all.next();
        if (lastSeen(e.value) < oldestMillis) {
          stale.add(e.key);
        }
      }
      for (String k : stale) {
        store.delete(k);
        evicted++;
      }
    }
    return evicted;
  }

  static String key(String site, String fingerprint) {
    return site + '\u0000' + fingerprint;
  }

  private static byte[] value(long lastSeen, int count, long lastPage) {
    return ByteBuffer.allocate(VALUE_BYTES)
        .putLong(lastSeen)
        .putInt(count)
        .putLong(lastPage)
        .array();
  }

  private static long lastSeen(byte[] v) {
    return ByteBuffer.wrap(v).getLong(0);
  }

  static int count(byte[] v) {
    return ByteBuffer.wrap(v).getInt(8);
  }

  private static long lastPage(byte[] v) {
    return ByteBuffer.wrap(v).getLong(12);
  }
}
