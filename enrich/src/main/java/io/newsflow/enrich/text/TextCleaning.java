package io.newsflow.enrich.text;

import io.newsflow.enrich.article.Extraction;
import java.util.List;

/**
 * The cleaned text page and what the site memory should learn from it.
 *
 * @param fingerprints the distinct fingerprints of the page's short lines, to count per site
 */
public record TextCleaning(Extraction extraction, List<String> fingerprints) {
  public TextCleaning {
    fingerprints = List.copyOf(fingerprints);
  }
}
