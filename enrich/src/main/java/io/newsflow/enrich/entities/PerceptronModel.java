package io.newsflow.enrich.entities;

/**
 * Trained linear weights: one row of {@link TagSet#SIZE} weights per hashed feature id, stored flat
 * so scoring a token is a few array reads. A model read from a file keeps the file's 16-bit weights
 * and their one scale, and only its non-zero rows ({@link SparseRows}): a few MB instead of tens,
 * so most rows a token reads are in the CPU caches, and each weight is the same float the file's
 * reader used to make ({@code q * scale}). Immutable; thread-safe.
 */
public final class PerceptronModel implements TagScorer {
  private final int bits;
  private final float[] weights;
  private final SparseRows quantised;
  private final float scale;

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

  /** {@link TagScorer#sumRows} over the 16-bit table: the same floats added in the same order. */
  private void sumQuantisedRows(FeatureVector features, float[] scores) {
    if (scores.length == 9) {
      WordFeatures word = features.prefixWord();
      if (word == null) {
        sumQuantisedRows9(features, 0, features.size(), null, scores);
        return;
      }
      // The word's own rows are summed once per word type: a rare word's rows are far apart in
      // the table, its cached sum is one read. Same floats, same order: the same scores.
      float[] prefix = word.prefixScores(this);
      if (prefix == null) {
        prefix = new float[9];
        sumQuantisedRows9(features, 0, features.prefixLength(), null, prefix);
        word.storePrefixScores(this, prefix);
      }
      sumQuantisedRows9(features, features.prefixLength(), features.size(), prefix, scores);
      return;
    }
    java.util.Arrays.fill(scores, 0f);
    short[] q = quantised.values();
    for (int f = 0; f < features.size(); f++) {
      int row = quantised.start(features.id(f));
      for (int tag = 0; row >= 0 && tag < scores.length; tag++) {
        scores[tag] += q[row + tag] * scale;
      }
    }
  }

  /**
   * Sums rows of features [from, to) onto {@code start} (zeros if null) into {@code scores}. A row
   * of zeros is skipped: adding 0 leaves every sum as it was.
   */
  private void sumQuantisedRows9(
      FeatureVector features, int from, int to, float[] start, float[] scores) {
    SparseRows rows = quantised;
    short[] q = rows.values();
    float k = scale;
    float s0 = start == null ? 0f : start[0];
    float s1 = start == null ? 0f : start[1];
    float s2 = start == null ? 0f : start[2];
    float s3 = start == null ? 0f : start[3];
    float s4 = start == null ? 0f : start[4];
    float s5 = start == null ? 0f : start[5];
    float s6 = start == null ? 0f : start[6];
    float s7 = start == null ? 0f : start[7];
    float s8 = start == null ? 0f : start[8];
    for (int f = from; f < to; f++) {
      int row = rows.start(features.id(f));
      if (row < 0) {
        continue;
      }
      s0 += q[row] * k;
      s1 += q[row + 1] * k;
      s2 += q[row + 2] * k;
      s3 += q[row + 3] * k;
      s4 += q[row + 4] * k;
      s5 += q[row + 5] * k;
      s6 += q[row + 6] * k;
      s7 += q[row + 7] * k;
      s8 += q[row + 8] * k;
    }
    scores[0] = s0;
    scores[1] = s1;
    scores[2] = s2;
    scores[3] = s3;
    scores[4] = s4;
    scores[5] = s5;
    scores[6] = s6;
    scores[7] = s7;
    scores[8] = s8;
  }
}
