package io.newsflow.enrich.entities;

/** Scores every tag for one token's features; the trained model and the trainer both do this. */
public interface TagScorer {
  /** Writes one score per tag (index = tag) into {@code scores}. */
  void score(FeatureVector features, float[] scores);
}
