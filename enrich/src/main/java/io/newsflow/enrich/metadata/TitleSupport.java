package io.newsflow.enrich.metadata;

import java.util.ArrayList;
import java.util.List;

/**
 * How many of a page's title sources ({@code <title>}, h1s, meta and JSON-LD titles) repeat a
 * candidate title: hold it whole, as at least {@code minShare} of their own text. A source that
 * adds a kicker, a section or the site's name ("Kicker: Story | Site") still repeats the story's
 * title; one that holds it among as much other text again does not. Compared as {@link
 * TitleCleaner#key} (letters and digits), so spacing, quote marks and dashes do not count.
 */
final class TitleSupport {
  private final List<String> sourceKeys = new ArrayList<>();
  private final double minShare;

  TitleSupport(List<String> sources, double minShare) {
    this.minShare = minShare;
    for (String s : sources) {
      if (s != null) {
        String k = key(s);
        if (!k.isEmpty()) {
          sourceKeys.add(k);
        }
      }
    }
  }

  /** The number of sources that repeat the candidate (itself included when it is one). */
  int of(String candidate) {
    String k = key(candidate);
    if (k.isEmpty()) {
      return 0;
    }
    int n = 0;
    for (String source : sourceKeys) {
      if (k.length() >= minShare * source.length() && source.contains(k)) {
        n++;
      }
    }
    return n;
  }

  /** Character references escaped twice ("&quot;") read as the publisher meant them. */
  private static String key(String title) {
    return TitleCleaner.key(TitleCleaner.unescapeLeftovers(title));
  }
}
