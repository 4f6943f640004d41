package io.newsflow.enrich.entities;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Trained linear weights: one row of {@link TagSet#SIZE} weights per hashed feature id, stored flat
 * so scoring a token is a few array reads. A model read from a file keeps the file's 16-bit weights
 * and their one scale, and only its non-zero rows ({@link SparseRows}): a few MB instead of tens,
 * so most rows a token reads are in the CPU caches. Its scores are the exact int sums of the 16-bit
 * weights times the scale (a float sum of {@code q * scale} would round at every step and depend on
 * the order). Immutable apart from the sums cached on word types; thread-safe.
 */
public final class PerceptronModel implements TagScorer {
  private static final AtomicInteger SERIALS = new AtomicInteger();

  private final int bits;
  private final float[] weights;
  private final SparseRows quantised;
  private final float scale;

  /** Tells this model's {@link GroupSums} from another's. */
  private final int serial = SERIALS.incrementAndGet();

  /** The padding's {@link GroupSums}: the padding word is shared by every model. */
  private volatile int[] paddingSums = GroupSums.empty(serial);

  /**
   * @param weights (1 << bits) rows of TagSet.SIZE weights; not copied, must not change
   */
  public PerceptronModel(int bits, float[] weights) {
    this(bits, checkRows(bits, weights), null, 0f);
  }

  private PerceptronModel(int bits, float[] weights, SparseRows quantised, float scale) {
    this.bits = bits;
    this.weights = weights;
    this.quantised = quantised;
    this.scale = scale;
  }

  /**
   * Weights as stored in a model file: weight = quantised * scale.
   *
   * @param quantised the non-zero rows of (1 << bits), TagSet.SIZE weights each
   */
  static PerceptronModel quantised(int bits, SparseRows quantised, float scale) {
    if (quantised.rowLength() != TagSet.SIZE) {
      throw new IllegalArgumentException("rows of " + TagSet.SIZE + " weights expected");
    }
    return new PerceptronModel(bits, null, quantised, scale);
  }

  private static float[] checkRows(int bits, float[] weights) {
    checkRows(bits, weights.length);
    return weights;
  }

  private static void checkRows(int bits, int length) {
    if (length != (1 << bits) * TagSet.SIZE) {
      throw new IllegalArgumentException("expected " + (1 << bits) + " rows");
    }
  }

  public int bits() {
    return bits;
  }

  /** Weight of feature row {@code id} for {@code tag}. */
  public float weight(int id, int tag) {
    if (weights != null) {
      return weights[id * TagSet.SIZE + tag];
    }
    int start = quantised.start(id);
    return start < 0 ? 0f : quantised.values()[start + tag] * scale;
  }

  @Override
  public void score(FeatureVector features, float[] scores) {
    if (weights != null) {
      TagScorer.sumRows(weights, features, scores);
    } else {
      sumQuantisedRows(features, scores);
    }
  }

  /**
   * The 16-bit rows summed as exact ints, scaled once at the end: the order of the features does
   * not change the sum, so the rows of each group of one word ({@link FeatureVector#markGroup}) are
   * summed once per word type and role and cached on the word. A rare word's rows lie far apart in
   * the table; its cached sums are one read.
   */
  private void sumQuantisedRows(FeatureVector features, float[] scores) {
    if (scores.length != 9) {
      sumQuantisedRowsAnyLength(features, scores);
      return;
    }
    int s0 = 0;
    int s1 = 0;
    int s2 = 0;
    int s3 = 0;
    int s4 = 0;
    int s5 = 0;
    int s6 = 0;
    int s7 = 0;
    int s8 = 0;
    int from = 0;
    for (int g = 0; g < features.groups(); g++) {
      int to = from + features.groupLength(g);
      int role = features.groupRole(g);
      int[] sums = groupSums(features.groupWord(g), role, features, from, to);
      int at = GroupSums.offset(role);
      s0 += sums[at];
      s1 += sums[at + 1];
      s2 += sums[at + 2];
      s3 += sums[at + 3];
      s4 += sums[at + 4];
      s5 += sums[at + 5];
      s6 += sums[at + 6];
      s7 += sums[at + 7];
      s8 += sums[at + 8];
      from = to;
    }
    // Two loops over the other features: the first looks up each row and reads its first and last
    // weight, a loop small enough for many rows' cache misses to be waited for at once; the second
    // adds the rest of each row from the cache.
    int[] starts = features.rowStarts();
    short[] q = quantised.values();
    SparseRows rows = quantised;
    int size = features.size();
    for (int f = from; f < size; f++) {
      int row = rows.start(features.id(f));
      starts[f] = row;
      if (row >= 0) {
        s0 += q[row];
        s8 += q[row + 8];
      }
    }
    for (int f = from; f < size; f++) {
      int row = starts[f];
      if (row < 0) {
        continue;
      }
      s1 += q[row + 1];
      s2 += q[row + 2];
      s3 += q[row + 3];
      s4 += q[row + 4];
      s5 += q[row + 5];
      s6 += q[row + 6];
      s7 += q[row + 7];
    }
    float k = scale;
    scores[0] = s0 * k;
    scores[1] = s1 * k;
    scores[2] = s2 * k;
    scores[3] = s3 * k;
    scores[4] = s4 * k;
    scores[5] = s5 * k;
    scores[6] = s6 * k;
    scores[7] = s7 * k;
    scores[8] = s8 * k;
  }

  /** The word's sums, with those of the role's group: features [from, to). */
  private int[] groupSums(WordFeatures word, int role, FeatureVector features, int from, int to) {
    int[] sums = word == WordFeatures.PAD ? paddingSums : word.sums(serial);
    if (sums != null && GroupSums.summed(sums, role)) {
      return sums;
    }
    return addGroupSums(word, sums, role, features, from, to);
  }

  /** Sums the role's rows once per word type (and for the padding once per model). */
  private int[] addGroupSums(
      WordFeatures word, int[] sums, int role, FeatureVector features, int from, int to) {
    int[] roleSums = new int[GroupSums.TAGS];
    addRows(features, from, to, roleSums);
    int[] with = GroupSums.with(sums == null ? GroupSums.empty(serial) : sums, role, roleSums);
    if (word == WordFeatures.PAD) {
      paddingSums = with;
    } else {
      word.storeSums(with);
    }
    return with;
  }

  private void sumQuantisedRowsAnyLength(FeatureVector features, float[] scores) {
    int[] sums = new int[scores.length];
    addRows(features, 0, features.size(), sums);
    for (int tag = 0; tag < scores.length; tag++) {
      scores[tag] = sums[tag] * scale;
    }
  }

  /** Adds the rows of features [from, to) to {@code sums}, one int per tag. */
  private void addRows(FeatureVector features, int from, int to, int[] sums) {
    short[] q = quantised.values();
    for (int f = from; f < to; f++) {
      int row = quantised.start(features.id(f));
      for (int tag = 0; row >= 0 && tag < sums.length; tag++) {
        sums[tag] += q[row + tag];
      }
    }
  }
}
