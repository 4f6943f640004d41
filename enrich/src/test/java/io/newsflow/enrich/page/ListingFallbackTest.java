package io.newsflow.enrich.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsflow.schema.Article;
import io.newsflow.schema.Listing;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListingFallbackTest {
  static final Listing LISTING =
      Listing.newBuilder()
          .setTitle("Markets rally")
          .setPublishedTime("2026-11-23T06:30:00Z")
          .setLanguage("en")
          .setKeywords(List.of("markets"))
          .build();

  static Article.Builder page(String title, String published, String language, List<String> kw) {
    return Article.newBuilder()
        .setTitle(title)
        .setPublishedTime(published)
        .setLanguage(language)
        .setKeywords(kw);
  }

  @Test
  void fillsWhatThePageLeftEmptyAndRecordsIt() {
    Article.Builder article = page(null, null, null, List.of());

    ListingFallback.fill(article, LISTING);

    assertEquals("Markets rally", article.getTitle());
    assertEquals("2026-11-23T06:30:00Z", article.getPublishedTime());
    assertEquals("en", article.getLanguage());
    assertEquals(List.of("markets"), article.getKeywords());
    assertEquals(
        List.of("title", "published_time", "language", "keywords"), article.getFromListing());
  }

  @Test
  void neverOverridesWhatThePageSaysItself() {
    Article.Builder article = page("Own title", "2026-11-22T10:00:00+01:00", "de", List.of("own"));

    ListingFallback.fill(article, LISTING);

    assertEquals("Own title", article.getTitle());
    assertEquals("2026-11-22T10:00:00+01:00", article.getPublishedTime());
    assertEquals("de", article.getLanguage());
    assertEquals(List.of("own"), article.getKeywords());
    assertEquals(List.of(), article.getFromListing());
  }

  @Test
  void aPageWithoutListingHasNothingFromIt() {
    Article.Builder article = page(null, null, null, List.of());

    ListingFallback.fill(article, null);

    assertEquals(null, article.getPublishedTime());
    assertEquals(List.of(), article.getFromListing());
  }
}
