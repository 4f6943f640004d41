package io.newsflow.enrich.entities;

/** Scores every tag for one token's features; the trained model and the trainer both do this. */
public interface TagScorer {
  /** Writes one score per tag (index = tag) into {@code scores}. */
  void score(FeatureVector features, float[] scores);

  /** The linear score both use: the sum of the active features' rows of a [feature][tag] table. */
  static void sumRows(float[] weights, FeatureVector features, float[] scores) {
    if (scores.length == 9 && TagSet.SIZE == 9) {
      sumRows9(weights, features, scores);
      return;
    }
    java.util.Arrays.fill(scores, 0f);
    for (int f = 0; f < features.size(); f++) {
      int row = features.id(f) * TagSet.SIZE;
      for (int tag = 0; tag < TagSet.SIZE; tag++) {
        scores[tag] += weights[row + tag];
      }
    }
  }

  /**
   * The same sums for the 9 tags of four entity types, in registers: each tag's sum still adds the
   * rows in feature order, so the scores are bit for bit those of the loop above.
   */
  private static void sumRows9(float[] weights, FeatureVector features, float[] scores) {
    float s0 = 0f;
    float s1 = 0f;
    float s2 = 0f;
    float s3 = 0f;
    float s4 = 0f;
    float s5 = 0f;
    float s6 = 0f;
    float s7 = 0f;
    float s8 = 0f;
    int n = features.size();
    for (int f = 0; f < n; f++) {
      int row = features.id(f) * 9;
      s0 += weights[row];
      s1 += weights[row + 1];
      s2 += weights[row + 2];
      s3 += weights[row + 3];
      s4 += weights[row + 4];
      s5 += weights[row + 5];
      s6 += weights[row + 6];
      s7 += weights[row + 7];
      s8 += weights[row + 8];
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
