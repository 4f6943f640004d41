package io.newsflow.enrich.extract.eval;

/** One page's scores: shingle counts for the body and pass/fail (or null = not scored) fields. */
public record PageScore(
    String page,
    int truePositives,
    int falsePositives,
    int falseNegatives,
    boolean titleMatch,
    String title,
    String expectedTitle,
    Boolean bylineMatch,
    Boolean langMatch,
    Boolean publishedMatch,
    long parseNanos,
    long extractNanos) {

  public double precision() {
    int found = truePositives + falsePositives;
    return found == 0 ? (falseNegatives == 0 ? 1 : 0) : (double) truePositives / found;
  }

  public double recall() {
    int expected = truePositives + falseNegatives;
    return expected == 0 ? (falsePositives == 0 ? 1 : 0) : (double) truePositives / expected;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
