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

  /** Per row, how often a feature hashed to it was seen while counting (null: no cut-off). */
  private final int[] seen;

  private boolean counting;

  AveragedPerceptron(int bits) {
    this(bits, false);
  }

  /**
   * @param countFeatures count each row's occurrences while {@link #counting} is on, for {@link
   *     #cutOff}
   */
  AveragedPerceptron(int bits, boolean countFeatures) {
    this.bits = bits;
    this.weights = new float[(1 << bits) * TagSet.SIZE];
    this.stamped = new double[weights.length];
    this.seen = countFeatures ? new int[1 << bits] : null;
  }

  /** Counts the rows of every token's features from now on (greedy training: once per token). */
  void counting(boolean on) {
    counting = on && seen != null;
  }

  @Override
  public void score(FeatureVector features, float[] scores) {
    TagScorer.sumRows(weights, features, scores);
  }

  /** One training step: reward the gold tag's features and penalise the predicted tag's. */
  void update(FeatureVector features, int gold, int predicted) {
    if (counting) {
      for (int f = 0; f < features.size(); f++) {
        seen[features.id(f)]++;
      }
    }
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

  /**
   * The mean of the members' averaged weights (one member: its own averaged weights, unchanged).
   * Members trained on other orders of the same data make different mistakes late in training;
   * their mean is one table, so tagging with it costs no more than with one member.
   */
  static PerceptronModel mean(java.util.List<AveragedPerceptron> members, int cutOff) {
    PerceptronModel mean = mean(members);
    return cutOff <= 1 ? mean : members.get(0).cutOff(mean, cutOff);
  }

  /**
   * The model with the rows of features seen fewer than {@code minCount} times while counting set
   * to zero: a feature seen once mostly memorises its one token (a cut-off as in Ratnaparkhi's
   * maximum-entropy tagger). Rows collide, so a row counts every feature hashed to it.
   */
  private PerceptronModel cutOff(PerceptronModel model, int minCount) {
    float[] kept = new float[weights.length];
    for (int row = 0; row < seen.length; row++) {
      if (seen[row] >= minCount) {
        for (int tag = 0; tag < TagSet.SIZE; tag++) {
          kept[row * TagSet.SIZE + tag] = model.weight(row, tag);
        }
      }
    }
    return new PerceptronModel(bits, kept);
  }

  static PerceptronModel mean(java.util.List<AveragedPerceptron> members) {
    if (members.size() == 1) {
      return members.get(0).averaged();
    }
    AveragedPerceptron first = members.get(0);
    double[] sum = new double[first.weights.length];
    for (AveragedPerceptron member : members) {
      for (int i = 0; i < sum.length; i++) {
        sum[i] += member.weights[i] - member.stamped[i] / member.steps;
      }
    }
    float[] mean = new float[sum.length];
    for (int i = 0; i < sum.length; i++) {
      mean[i] = (float) (sum[i] / members.size());
    }
    return new PerceptronModel(first.bits, mean);
  }
}
