package io.newsflow.enrich.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsflow.encoding.TextDecoder;
import io.newsflow.schema.Article;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every string of an Article is valid Unicode, whatever references the page held. */
class ArticleUnicodeTest {
  @Test
  void surrogateReferencesInUrlsLanguageAndImagesBecomeReplacementCharacters() {
    String html =
        "<html lang='en&#xD800;'><head><title>Xi and Putin meet</title>"
            + "<link rel=canonical href='https://news.example.com/xi&#xD800;putin'>"
            + "<meta property='og:image' content='https://img.example.com/a&#xDC00;.jpg'>"
            + "</head><body><article><h1>Xi and Putin meet</h1>"
            + "<figure><img src='https://img.example.com/b&#xD800;.jpg'><figcaption>x</figcaption>"
            + "</figure><p>"
            + EntityLanguageTest.ENGLISH
            + "</p></article></body></html>";
    Article a = EntityLanguageTest.enrichHtml(html, EntityLanguageTest.ENRICHER);
    List<String> invalid = new ArrayList<>();
    check(invalid, "canonical_url", a.getCanonicalUrl());
    check(invalid, "language", a.getLanguage());
    check(invalid, "main_image", a.getMainImage());
    check(invalid, "title", a.getTitle());
    check(invalid, "text", a.getText());
    a.getImages().forEach(i -> check(invalid, "images.url", i.getUrl()));
    assertEquals(List.of(), invalid);
    assertEquals("https://news.example.com/xi\uFFFDputin", a.getCanonicalUrl());
  }

  private static void check(List<String> invalid, String field, String s) {
    if (s != null && !s.equals(TextDecoder.replaceLoneSurrogates(s))) {
      invalid.add(field);
    }
  }
}
