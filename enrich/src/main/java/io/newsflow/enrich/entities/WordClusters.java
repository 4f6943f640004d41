package io.newsflow.enrich.entities;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * Word classes learnt from unlabelled text: words that occur in like contexts share a class, so a
 * weight learnt for one carries to the others ("Ayala" and "Zamora" after "el delantero"). Either
 * learnt from the training text (exchange clustering, the tools' {@code WordClustering}) or from a
 * corpus of hundreds of millions of words (the tools' {@code StanfordWordClasses}). Each word has a
 * class at up to three granularities (coarse to fine). Keys are lower-case words. Immutable.
 *
 * <p>Half a million words as strings would take about 45 MB of heap per model, so lookups go to a
 * table of 64-bit fingerprints of the words (about 12 MB); the words themselves are kept only where
 * a model is built to be written ({@link #WordClusters(Map)}), not where it is read for tagging
 * ({@link #forTagging}). Two words sharing a fingerprint (about one chance in 10^8 for a model's
 * vocabulary) would share a class: harmless to a feature.
 */
public final class WordClusters {
  public static final WordClusters NONE = new WordClusters(Map.of());

  /** Bits per granularity in a packed value. */
  public static final int BITS = 10;

  public static final int GRANULARITIES = 3;

  /** The words, where kept (see the class comment); null otherwise. */
  private final Map<String, Integer> words;

  /** Open addressing: fingerprint per slot (0: empty), the packed classes beside it. */
  private final long[] keys;

  private final int[] values;
  private final int size;

  /**
   * @param classes lower-case word to its classes, {@link #BITS} bits per granularity, coarse
   *     first; each class stored plus one, so 0 means no class at that granularity
   */
  public WordClusters(Map<String, Integer> classes) {
    // Not Map.copyOf: its open addressing on String hash codes takes minutes for the 1.4M Chinese
    // words (two-character words' hash codes crowd into a narrow range); a HashMap's bins do not.
    this(Collections.unmodifiableMap(new HashMap<>(classes)), true);
  }

  private WordClusters(Map<String, Integer> classes, boolean keepWords) {
    this.words = keepWords ? classes : null;
    this.size = classes.size();
    // At most three quarters full: probes stay short.
    int capacity = Integer.highestOneBit(Math.max(2, size * 4 / 3)) << 1;
    this.keys = new long[capacity];
    this.values = new int[capacity];
    classes.forEach(this::put);
  }

  /** The same classes for tagging only: the words are not kept, {@link #classes()} is not there. */
  static WordClusters forTagging(Map<String, Integer> classes) {
    return new WordClusters(classes, false);
  }

  /** Lower-case word to packed classes; only for classes built to be written. */
  public Map<String, Integer> classes() {
    if (words == null) {
      throw new IllegalStateException("word classes read for tagging keep no words");
    }
    return words;
  }

  public int size() {
    return size;
  }

  public boolean isEmpty() {
    return size == 0;
  }

  /** The packed classes of a word, or 0 if it has none. */
  int packed(String lower) {
    if (size == 0) {
      return 0;
    }
    int slot = slotOf(fingerprint(lower));
    return slot < 0 ? 0 : values[slot];
  }

  /** The slot holding {@code key}, or -1. */
  private int slotOf(long key) {
    int mask = keys.length - 1;
    for (int slot = (int) (key ^ (key >>> 32)) & mask; keys[slot] != 0; slot = (slot + 1) & mask) {
      if (keys[slot] == key) {
        return slot;
      }
    }
    return -1;
  }

  private void put(String word, int packed) {
    long key = fingerprint(word);
    int mask = keys.length - 1;
    int slot = (int) (key ^ (key >>> 32)) & mask;
    while (keys[slot] != 0 && keys[slot] != key) {
      slot = (slot + 1) & mask;
    }
    keys[slot] = key;
    values[slot] = packed;
  }

  /** A 64-bit hash of the word's chars (FNV-1a, then a finaliser); never 0, the empty slot. */
  private static long fingerprint(String word) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < word.length(); i++) {
      h = (h ^ word.charAt(i)) * 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return h == 0 ? 1 : h;
  }

  /** Class + 1 at granularity g of a packed value, 0 for none. */
  static int at(int packed, int g) {
    return (packed >>> (g * BITS)) & ((1 << BITS) - 1);
  }

  /** Packs class ids (each below 2^BITS - 1), coarse first. */
  public static int pack(int... ids) {
    if (ids.length > GRANULARITIES) {
      throw new IllegalArgumentException("at most " + GRANULARITIES + " granularities");
    }
    int packed = 0;
    for (int g = 0; g < ids.length; g++) {
      if (ids[g] < 0 || ids[g] >= (1 << BITS) - 1) {
        throw new IllegalArgumentException("class id out of range: " + ids[g]);
      }
      packed |= (ids[g] + 1) << (g * BITS);
    }
    return packed;
  }

  /** The same classes for the same words (by fingerprint), however built. */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof WordClusters other) || other.size != size) {
      return false;
    }
    for (int slot = 0; slot < keys.length; slot++) {
      if (keys[slot] != 0) {
        int at = other.slotOf(keys[slot]);
        if (at < 0 || other.values[at] != values[slot]) {
          return false;
        }
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int h = size;
    for (int slot = 0; slot < keys.length; slot++) {
      if (keys[slot] != 0) {
        h += Long.hashCode(keys[slot]) ^ values[slot];
      }
    }
    return h;
  }
}
