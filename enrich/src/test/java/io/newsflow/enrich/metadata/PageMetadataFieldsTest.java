package io.newsflow.enrich.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.enrich.article.Extraction;
import io.newsflow.enrich.html.ArticleExtractor;
import io.newsflow.enrich.html.HtmlPageParser;
import io.newsflow.enrich.rules.BoilerplateRules;
import io.newsflow.enrich.rules.Thresholds;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Main image, section and keywords from meta tags, JSON-LD and links. */
class PageMetadataFieldsTest {
  private static final ArticleExtractor EXTRACTOR = ArticleExtractor.withDefaultRules();
  private static final Thresholds.Html LIMITS =
      BoilerplateRules.fromClasspath(BoilerplateRules.DEFAULT_RESOURCE).thresholds().html();
  private static final String URL = "https://news.example.com/world/2024/story.html";

  private static Extraction extract(String head) {
    String html =
        "<html><head>"
            + head
            + "</head><body><article><h1>Story</h1>"
            + "<p>Some text of the article that is long enough to count as a paragraph.</p>"
            + "</article></body></html>";
    return EXTRACTOR.extract(
        new HtmlPageParser().parse(html.getBytes(StandardCharsets.UTF_8), "UTF-8", URL));
  }

  private static String ld(String fields) {
    return "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Story\","
        + fields
        + "}</script>";
  }

  @Test
  void mainImageFromOpenGraphResolvedAgainstThePageUrl() {
    assertEquals(
        "https://news.example.com/img/lead.jpg",
        extract(
                "<meta property=\"og:image\" content=\"/img/lead.jpg\">"
                    + "<meta name=\"twitter:image\" content=\"https://cdn.example.com/tw.jpg\">")
            .mainImage());
  }

  @Test
  void mainImageFromTwitterCardWhenOpenGraphIsSilent() {
    assertEquals(
        "https://cdn.example.com/tw.jpg",
        extract("<meta name=\"twitter:image\" content=\"https://cdn.example.com/tw.jpg\">")
            .mainImage());
  }

  @Test
  void mainImageFromJsonLdStringObjectOrArray() {
    assertEquals(
        "https://news.example.com/world/2024/a.jpg",
        extract(ld("\"image\":\"a.jpg\"")).mainImage());
    assertEquals(
        "https://img.example.org/b.jpg",
        extract(
                ld(
                    "\"image\":{\"@type\":\"ImageObject\",\"url\":\"https://img.example.org/b.jpg\"}"))
            .mainImage());
    assertEquals(
        "https://img.example.org/c.jpg",
        extract(ld("\"image\":[{\"url\":\"//img.example.org/c.jpg\"},\"d.jpg\"]")).mainImage());
  }

  @Test
  void mainImageFromImageSrcLink() {
    assertEquals(
        "https://news.example.com/i/x.png",
        extract("<link rel=\"image_src\" href=\"../../i/x.png\">").mainImage());
  }

  @Test
  void mainImageSkipsNonHttpCandidatesAndIsNullWhenNoneIsUsable() {
    assertEquals(
        "https://news.example.com/ok.jpg",
        extract(
                "<meta property=\"og:image\" content=\"data:image/png;base64,AAAA\">"
                    + "<meta name=\"twitter:image\" content=\"javascript:alert(1)\">"
                    + "<link rel=\"image_src\" href=\"/ok.jpg\">")
            .mainImage());
    assertNull(
        extract("<meta property=\"og:image\" content=\"ftp://x.example/a.jpg\">").mainImage());
    assertNull(extract("<title>Story</title>").mainImage());
  }

  @Test
  void mainImageWithUnescapedSpacesIsEncoded() {
    assertEquals(
        "https://news.example.com/img/lead%20photo.jpg",
        extract("<meta property=\"og:image\" content=\"/img/lead photo.jpg\">").mainImage());
  }

  @Test
  void sectionFromArticleSectionThenJsonLdThenMetaSection() {
    assertEquals(
        "Politics",
        extract(
                "<meta property=\"article:section\" content=\" Politics \">"
                    + ld("\"articleSection\":\"World\""))
            .section());
    assertEquals("World", extract(ld("\"articleSection\":[\"World\",\"Europe\"]")).section());
    assertEquals("Sport", extract("<meta name=\"section\" content=\"Sport\">").section());
    assertNull(extract("<title>Story</title>").section());
  }

  @Test
  void keywordsMergedFromEverySourceTrimmedAndDeduplicatedIgnoringCase() {
    Extraction e =
        extract(
            "<meta name=\"keywords\" content=\"Elections, europe , ,Brussels\">"
                + "<meta property=\"article:tag\" content=\"Europe\">"
                + "<meta property=\"article:tag\" content=\"Ursula von der Leyen\">"
                + "<meta name=\"news_keywords\" content=\"EU; parliament\">"
                + ld("\"keywords\":[\"Parliament\",\"Strasbourg\"]"));
    assertEquals(
        List.of(
            "Elections",
            "europe",
            "Brussels",
            "Ursula von der Leyen",
            "EU",
            "parliament",
            "Strasbourg"),
        e.keywords());
  }

  @Test
  void keywordsFromJsonLdCommaSeparatedStringAndCjkSeparators() {
    assertEquals(
        List.of("economy", "trade"), extract(ld("\"keywords\":\"economy, trade\"")).keywords());
    assertEquals(
        List.of("经济", "贸易", "中国"),
        extract("<meta name=\"keywords\" content=\"经济，贸易、中国\">").keywords());
  }

  @Test
  void keywordsAreBoundedInCountAndLength() {
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 500; i++) {
      many.append("tag").append(i).append(',');
    }
    many.append("x".repeat(101));
    List<String> keywords = extract("<meta name=\"keywords\" content=\"" + many + "\">").keywords();
    assertEquals(LIMITS.maxKeywords(), keywords.size());
    assertTrue(keywords.stream().allMatch(k -> k.length() <= LIMITS.keywordMaxChars()));
    assertEquals(
        List.of(),
        extract("<meta name=\"keywords\" content=\"" + "y".repeat(101) + "\">").keywords());
  }
}
