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
  private int[] rowStarts = new int[256];
  private int size;

  /** The leading features in groups of one word each ({@link #markGroup}), in order. */
  private final WordFeatures[] groupWords = new WordFeatures[WordFeatures.ROLES];

  private final int[] groupRoles = new int[WordFeatures.ROLES];
  private final int[] groupLengths = new int[WordFeatures.ROLES];
  private int groups;

  /**
   * @param bits the ids fall in [0, 2^bits)
   */
  public FeatureVector(int bits) {
    this.mask = (1 << bits) - 1;
  }

  public void clear() {
    size = 0;
    groups = 0;
  }

  /**
   * Marks the next {@code length} features after the groups marked so far as those that {@code
   * word} gives every token it stands at {@code role} of ({@link WordFeatures#OWN}...): a model may
   * sum their rows once per word type and role.
   */
  void markGroup(WordFeatures word, int role, int length) {
    groupWords[groups] = word;
    groupRoles[groups] = role;
    groupLengths[groups] = length;
    groups++;
  }

  /** Number of groups marked; the features after them are the token's own mix. */
  int groups() {
    return groups;
  }

  WordFeatures groupWord(int group) {
    return groupWords[group];
  }

  int groupRole(int group) {
    return groupRoles[group];
  }

  int groupLength(int group) {
    return groupLengths[group];
  }

  public int size() {
    return size;
  }

  public int id(int i) {
    return ids[i];
  }

  /** A buffer of at least {@link #size} ints, reused: where a scorer keeps each feature's row. */
  int[] rowStarts() {
    if (rowStarts.length < size) {
      rowStarts = new int[ids.length];
    }
    return rowStarts;
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
