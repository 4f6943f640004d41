package io.newsflow.enrich.page;

import io.newsflow.encoding.TextDecoder;
import io.newsflow.schema.Article;
import io.newsflow.schema.Listing;
import java.util.ArrayList;
import java.util.List;

/**
 * What the feed or sitemap that listed a page says about it (title, publication date, language,
 * keywords) fills the article's fields the page left empty; the fields so filled are named in
 * {@code from_listing}, so a consumer knows where each value came from.
 */
final class ListingFallback {
  private ListingFallback() {}

  static void fill(Article.Builder article, Listing listing) {
    List<String> filled = new ArrayList<>();
    if (listing != null) {
      if (article.getTitle() == null && listing.getTitle() != null) {
        article.setTitle(valid(listing.getTitle()));
        filled.add("title");
      }
      if (article.getPublishedTime() == null && listing.getPublishedTime() != null) {
        article.setPublishedTime(listing.getPublishedTime());
        filled.add("published_time");
      }
      if (article.getLanguage() == null && listing.getLanguage() != null) {
        article.setLanguage(listing.getLanguage());
        filled.add("language");
      }
      if (article.getKeywords().isEmpty() && !listing.getKeywords().isEmpty()) {
        article.setKeywords(listing.getKeywords().stream().map(ListingFallback::valid).toList());
        filled.add("keywords");
      }
    }
    article.setFromListing(filled);
  }

  private static String valid(String s) {
    return TextDecoder.replaceLoneSurrogates(s);
  }
}
