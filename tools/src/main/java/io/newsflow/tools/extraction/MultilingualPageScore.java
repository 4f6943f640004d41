package io.newsflow.tools.extraction;

/**
 * One page of the multilingual set. {@code kind} says which ground truth it has: {@code text} (the
 * full body: precision and recall in {@link #units}), {@code prefix} (the body must start with it)
 * or {@code snippets} (each must appear). For the partial kinds, {@code found} is the share of the
 * expected piece's units present in the output, {@code starts} and {@code contains} the strict
 * checks (whitespace ignored). Metadata fields are null where the truth has no value.
 */
public record MultilingualPageScore(
    String source,
    String id,
    String lang,
    Kind kind,
    TextUnits units,
    int truePositives,
    int falsePositives,
    int falseNegatives,
    boolean empty,
    boolean starts,
    boolean contains,
    Boolean titleMatch,
    String title,
    String expectedTitle,
    Boolean authorsMatch,
    Boolean dateMatch) {

  /** The kinds of ground truth. */
  public enum Kind {
    TEXT,
    PREFIX,
    SNIPPETS
  }

  public boolean fullText() {
    return kind == Kind.TEXT;
  }

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
