package io.newsflow.enrich.entities;

/** Scores every tag for one token's features; the trained model and the trainer both do this. */
public interface TagScorer {
  /** Writes one score per tag (index = tag) into {@code scores}. */
  void score(FeatureVector features, float[] scores);

  /** The linear score both use: the sum of the active features' rows of a [feature][tag] table. */
  static void sumRows(float[] weights, FeatureVector features, float[] scores) {
    java.util.Arrays.fill(scores, 0f);
    for (int f = 0; f < features.size(); f++) {
      int row = features.id(f) * TagSet.SIZE;
      for (int tag = 0; tag < TagSet.SIZE; tag++) {
        scores[tag] += weights[row + tag];
      }
    }
  }
}
