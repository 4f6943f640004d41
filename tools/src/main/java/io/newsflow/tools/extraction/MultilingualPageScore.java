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
    Boolean dateMatch)
    implements OverlapScore {

  /** The kinds of ground truth. */
  public enum Kind {
    TEXT,
    PREFIX,
    SNIPPETS
  }

  public boolean fullText() {
    return kind == Kind.TEXT;
  }
}
