package io.newsflow.enrich.entities;

import java.util.Arrays;

/**
 * A reusable buffer of hashed feature ids. Features are hashed straight from their template and
 * string parts without building the joined string ({@link FeatureHash}), or added as hashes cached
 * per word type, because feature extraction is the hot loop.
 */
public final class FeatureVector {
  private final int mask;
  private int[] ids = new int[256];
  private int size;
  private WordFeatures prefixWord;
  private int prefixLength;

  /**
   * @param bits the ids fall in [0, 2^bits)
   */
  public FeatureVector(int bits) {
    this.mask = (1 << bits) - 1;
  }

  public void clear() {
    size = 0;
    prefixWord = null;
    prefixLength = 0;
  }

  /**
   * Marks the first {@code length} features as the word's own (bias, word, shape, affixes), whose
   * score rows a model may sum once per word type: they come first, so their sum is the exact start
   * of the full sum.
   */
  void markWordPrefix(WordFeatures word, int length) {
    prefixWord = word;
    prefixLength = length;
  }

  WordFeatures prefixWord() {
    return prefixWord;
  }

  int prefixLength() {
    return prefixLength;
  }

  public int size() {
    return size;
  }

  public int id(int i) {
    return ids[i];
  }

  void add(Template template) {
    push(FeatureHash.of(template));
  }

  void add(Template template, String a) {
    push(FeatureHash.of(template, a));
  }

  void add(Template template, String a, String b) {
    push(FeatureHash.of(template, a, b));
  }

  void add(Template template, String a, String b, String c) {
    push(FeatureHash.finish(FeatureHash.mix(FeatureHash.mix(FeatureHash.head(template, a), b), c)));
  }

  /** Adds a feature by its finished hash ({@link FeatureHash}), as cached per word or tag. */
  void addHash(int hash) {
    push(hash);
  }

  /** Adds hashes[from, to) in order. */
  void addHashes(int[] hashes, int from, int to) {
    int n = to - from;
    if (size + n > ids.length) {
      ids = Arrays.copyOf(ids, Math.max(ids.length * 2, size + n));
    }
    // Locals and a fixed offset, no field update per element: a loop the JIT can vectorise.
    int[] out = ids;
    int offset = size - from;
    int m = mask;
    for (int k = from; k < to; k++) {
      out[k + offset] = hashes[k] & m;
    }
    size += n;
  }

  private void push(int id) {
    if (size == ids.length) {
      ids = Arrays.copyOf(ids, size * 2);
    }
    ids[size++] = id & mask;
  }
}
