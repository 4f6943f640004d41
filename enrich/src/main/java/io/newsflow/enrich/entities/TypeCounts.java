package io.newsflow.enrich.entities;

/**
 * Counts per entity type under a long key, for one document's words: open addressing with the
 * counts of all keys in one array, sized for every key new. No boxed key and no array per key,
 * where two HashMaps made both for every capitalised token. Not thread-safe.
 */
final class TypeCounts {
  private final long[] keys;
  private final boolean[] used;
  private final int[] counts;
  private final int types;
  private final int mask;

  /** Room for {@code maxKeys} distinct keys, each counting {@code types} types. */
  TypeCounts(int maxKeys, int types) {
    int size = Integer.highestOneBit(Math.max(1, maxKeys) * 2 - 1) << 1;
    keys = new long[size];
    used = new boolean[size];
    counts = new int[size * types];
    this.types = types;
    mask = size - 1;
  }

  /** Counts one more of {@code type} under {@code key}. */
  void add(long key, int type) {
    int at = slot(key);
    used[at] = true;
    keys[at] = key;
    counts[at * types + type]++;
  }

  /** Where the counts of {@code key} are, for {@link #count}; -1 for a key never added. */
  int find(long key) {
    int at = slot(key);
    return used[at] ? at * types : -1;
  }

  /** The count of {@code type} at {@code found} ({@link #find}); 0 at -1. */
  int count(int found, int type) {
    return found < 0 ? 0 : counts[found + type];
  }

  /** The key's slot, or the free slot where it would go. */
  private int slot(long key) {
    int at = (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
    while (used[at] && keys[at] != key) {
      at = (at + 1) & mask;
    }
    return at;
  }
}
