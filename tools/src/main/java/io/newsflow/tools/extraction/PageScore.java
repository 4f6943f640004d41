package io.newsflow.tools.extraction;

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
    String byline,
    String expectedByline,
    Boolean langMatch,
    Boolean publishedMatch,
    long parseNanos,
    long extractNanos)
    implements OverlapScore {

  /**
   * Title equal to the expected one, or equal to it once a trailing " | Site" part is cut from the
   * expected title (this extractor strips site names on purpose; Readability often keeps them).
   */
  public boolean titleMatchBesidesSiteSuffix() {
    if (titleMatch) {
      return true;
    }
    if (title.isEmpty() || !expectedTitle.startsWith(title)) {
      return false;
    }
    String rest = expectedTitle.substring(title.length());
    return rest.matches("^\\s*[|\\-–—·:_»/\\\\>]+\\s*\\S.*") || rest.matches("^\\s*[_｜].*");
  }
}
