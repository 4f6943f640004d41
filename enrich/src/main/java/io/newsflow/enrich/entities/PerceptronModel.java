package io.newsflow.enrich.entities;

/**
 * Trained linear weights: one row of {@link TagSet#SIZE} floats per hashed feature id, stored flat
 * so scoring a token is a few cache-friendly array reads. Immutable; thread-safe.
 */
public final class PerceptronModel implements TagScorer {
  private final int bits;
  private final float[] weights;

  /**
   * @param weights (1 << bits) rows of TagSet.SIZE weights; not copied, must not change
   */
  public PerceptronModel(int bits, float[] weights) {
    if (weights.length != (1 << bits) * TagSet.SIZE) {
      throw new IllegalArgumentException("expected " + (1 << bits) + " rows");
    }
    this.bits = bits;
    this.weights = weights;
  }

  public int bits() {
    return bits;
  }

  /** Weight of feature row {@code id} for {@code tag}. */
  public float weight(int id, int tag) {
    return weights[id * TagSet.SIZE + tag];
  }

  @Override
  public void score(FeatureVector features, float[] scores) {
    TagScorer.sumRows(weights, features, scores);
  }
}
