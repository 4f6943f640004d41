package io.newsflow.tools.extraction;

/**
 * Precision, recall and F1 of a page's extracted text against the expected one, from its counts.
 */
public interface OverlapScore {
  int truePositives();

  int falsePositives();

  int falseNegatives();

  /** An empty extraction of an empty expectation is perfect; of anything else, worthless. */
  default double precision() {
    int found = truePositives() + falsePositives();
    return found == 0 ? (falseNegatives() == 0 ? 1 : 0) : (double) truePositives() / found;
  }

  default double recall() {
    int expected = truePositives() + falseNegatives();
    return expected == 0 ? (falsePositives() == 0 ? 1 : 0) : (double) truePositives() / expected;
  }

  default double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
