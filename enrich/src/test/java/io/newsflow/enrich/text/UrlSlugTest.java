package io.newsflow.enrich.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UrlSlugTest {
  @Test
  void theSegmentWrittenAsMostWordsIsTheSlug() {
    UrlSlug slug =
        UrlSlug.of("https://example.com/news/world/2024/05/ferry-fares-to-rise-in-spring.html");
    assertEquals(6, slug.size());
    assertEquals(4, slug.shared("Ferry fares rise in May"));
  }

  @Test
  void percentEncodedWordsAndUmlautsAreReadAsTheHeadlineWritesThem() {
    UrlSlug arabic =
        UrlSlug.of(
            "https://example.com/news/%D8%B4%D8%B9%D8%B1-%D9%88%D8%B1%D8%AF%D9%8A-%D9%84%D8%BA%D8%B2");
    assertEquals(3, arabic.shared("شعر وردي لغز"));
    UrlSlug german =
        UrlSlug.of("https://example.de/politik/gruene-spitze-gegen-kloeckner-100.html");
    assertEquals(4, german.shared("Grünen-Spitze gegen Klöckner: Grüne Spitze"));
  }

  @Test
  void idsNumbersAndBadUrlsGiveNoSlug() {
    assertTrue(UrlSlug.of("https://example.com/a/123456789").isEmpty());
    assertTrue(UrlSlug.of("https://example.com/story/live").isEmpty());
    assertTrue(UrlSlug.of(null).isEmpty());
    assertTrue(UrlSlug.of("not a url with spaces").isEmpty());
  }
}
