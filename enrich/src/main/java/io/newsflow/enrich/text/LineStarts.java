package io.newsflow.enrich.text;

import java.util.List;
import java.util.Locale;

/** How a line opens: the rules' prefixes matched on the lower-cased line, at a word's end. */
final class LineStarts {
  private LineStarts() {}

  /**
   * The first of the prefixes the lower-cased line starts with, or null. A prefix that ends in a
   * letter or digit must end a word there ("by" is not "byzantine"), unless it is in a script
   * beyond Latin, where words may run together ("记者张明").
   */
  static String first(String lower, List<String> prefixes) {
    for (String p : prefixes) {
      if (lower.startsWith(p)) {
        if (lower.length() == p.length()
            || !Character.isLetterOrDigit(p.charAt(p.length() - 1))
            || !Character.isLetterOrDigit(lower.charAt(p.length()))
            || p.codePointAt(0) > 0x24F) {
          return p;
        }
      }
    }
    return null;
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
