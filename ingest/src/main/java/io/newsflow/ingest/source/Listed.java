package io.newsflow.ingest.source;

import io.newsflow.schema.Listing;
import java.time.Instant;
import java.util.List;

/**
 * A page a feed or sitemap lists, with what the listing says about it.
 *
 * @param listing title, date, language and keywords from the listing, or null when it says nothing
 */
public record Listed(String url, Listing listing) {
  /** The listing's metadata, or null when every part is missing. */
  static Listing listing(String title, Instant published, String language, List<String> keywords) {
    String cleanTitle = blankToNull(title);
    String cleanLanguage = blankToNull(language);
    List<String> cleanKeywords =
        keywords.stream().map(String::strip).filter(k -> !k.isEmpty()).distinct().toList();
    if (cleanTitle == null
        && published == null
        && cleanLanguage == null
        && cleanKeywords.isEmpty()) {
      return null;
    }
    return Listing.newBuilder()
        .setTitle(cleanTitle)
        .setPublishedTime(published == null ? null : published.toString())
        .setLanguage(cleanLanguage)
        .setKeywords(cleanKeywords)
        .build();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip().replaceAll("\\s+", " ");
  }
}
