package io.newsflow.enrich.entities;

import java.util.Arrays;

/**
 * A reusable buffer of hashed feature ids. Features are hashed straight from their template and
 * string parts without building the joined string, because feature extraction is the hot loop.
 */
public final class FeatureVector {
  private final int mask;
  private int[] ids = new int[256];
  private int size;

  /**
   * @param bits the ids fall in [0, 2^bits)
   */
  public FeatureVector(int bits) {
    this.mask = (1 << bits) - 1;
  }

  public void clear() {
    size = 0;
  }

  public int size() {
    return size;
  }

  public int id(int i) {
    return ids[i];
  }

  void add(Template template) {
    push(finish(start(template)));
  }

  void add(Template template, String a) {
    push(finish(mix(start(template), a)));
  }

  void add(Template template, String a, String b) {
    push(finish(mix(mix(start(template), a), b)));
  }

  void add(Template template, String a, String b, String c) {
    push(finish(mix(mix(mix(start(template), a), b), c)));
  }

  private void push(int id) {
    if (size == ids.length) {
      ids = Arrays.copyOf(ids, size * 2);
    }
    ids[size++] = id & mask;
  }

  private static int start(Template template) {
    return 0x811C9DC5 ^ ((template.ordinal() + 1) * 0x9E3779B9);
  }

  /** FNV-1a over the chars, then a separator so ("ab","c") and ("a","bc") differ. */
  private static int mix(int h, String s) {
    for (int i = 0; i < s.length(); i++) {
      h = (h ^ s.charAt(i)) * 0x01000193;
    }
    return (h ^ 0x1F) * 0x01000193;
  }

  /** Murmur3 finaliser: spreads FNV's weak low bits over the whole int. */
  private static int finish(int h) {
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    h *= 0xC2B2AE35;
    h ^= h >>> 16;
    return h;
  }
}
