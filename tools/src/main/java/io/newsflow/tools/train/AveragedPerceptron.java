package io.newsflow.tools.train;

import io.newsflow.enrich.entities.FeatureVector;
import io.newsflow.enrich.entities.PerceptronModel;
import io.newsflow.enrich.entities.TagScorer;
import io.newsflow.enrich.entities.TagSet;

/**
 * Multiclass perceptron with weight averaging over all steps, which generalises much better than
 * the last weights. Averaging uses the lazy trick: besides the weights w keep u, the sum of each
 * update times the step it happened at; the average is then w - u / steps.
 */
final class AveragedPerceptron implements TagScorer {
  private final int bits;
  private final float[] weights;
  private final double[] stamped;
  private long steps = 1;

  AveragedPerceptron(int bits) {
    this.bits = bits;
    this.weights = new float[(1 << bits) * TagSet.SIZE];
    this.stamped = new double[weights.length];
  }

  @Override
  public void score(FeatureVector features, float[] scores) {
    TagScorer.sumRows(weights, features, scores);
  }

  /** One training step: reward the gold tag's features and penalise the predicted tag's. */
  void update(FeatureVector features, int gold, int predicted) {
    if (gold != predicted) {
      for (int f = 0; f < features.size(); f++) {
        int row = features.id(f) * TagSet.SIZE;
        weights[row + gold] += 1f;
        stamped[row + gold] += steps;
        weights[row + predicted] -= 1f;
        stamped[row + predicted] -= steps;
      }
    }
    steps++;
  }

  /** Part of a structured update (beam training): adds delta to the features' rows of the tag. */
  void add(FeatureVector features, int tag, float delta) {
    for (int f = 0; f < features.size(); f++) {
      int i = features.id(f) * TagSet.SIZE + tag;
      weights[i] += delta;
      stamped[i] += (double) delta * steps;
    }
  }

  /** Ends a structured training example (one sentence): the average counts it once. */
  void step() {
    steps++;
  }

  PerceptronModel averaged() {
    float[] average = new float[weights.length];
    for (int i = 0; i < weights.length; i++) {
      average[i] = (float) (weights[i] - stamped[i] / steps);
    }
    return new PerceptronModel(bits, average);
  }
}
