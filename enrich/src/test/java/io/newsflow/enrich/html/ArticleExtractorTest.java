package io.newsflow.enrich.html;

import static io.newsflow.enrich.html.TextAssertions.assertContainsAll;
import static io.newsflow.enrich.html.TextAssertions.assertContainsNone;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.enrich.article.Extraction;
import io.newsflow.enrich.article.Figure;
import io.newsflow.enrich.article.RemovedBlock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ArticleExtractorTest {
  private static final ArticleExtractor EXTRACTOR = ArticleExtractor.withDefaultRules();
  private static final String URL = "https://news.example.com/business/chip-maker";

  private final Extraction news =
      EXTRACTOR.extract(Fixtures.page("news-article-with-boilerplate.html", URL));

  private static Set<String> reasons(Extraction ex) {
    return ex.removed().stream().map(RemovedBlock::reason).collect(Collectors.toSet());
  }

  @Test
  void keepsEveryArticleSentenceHeadingQuoteAndListItem() {
    assertContainsAll(
        news.text(),
        "The company said on Tuesday it would double the size of its southern plant,",
        "Demand for advanced chips used in data centres has outstripped supply",
        "Water and power",
        "Local officials said the expansion would need a new reservoir,",
        "We have never seen orders like these, and we do not expect them to slow down soon.",
        "Four new production lines, the first opening in 2025.",
        "About 3,000 new jobs at the site, most of them for engineers.",
        "Shares of the company rose 4 percent in afternoon trading");
  }

  @Test
  void dropsShareBarInsideTheArticle() {
    assertContainsNone(
        news.text(), "Pin It on Pinterest", "Share This", "Share on Facebook", "Share on Twitter");
  }

  @Test
  void dropsRelatedPostsListThatFollowsTheLastParagraphInsideTheArticle() {
    assertContainsNone(
        news.text(),
        "Related posts",
        "Rival chip maker cuts",
        "Water shortage threatens factories",
        "New export rules weigh");
    assertTrue(reasons(news).contains("related"), () -> "reasons " + reasons(news));
  }

  @Test
  void dropsCookieBannerNavigationFooterNewsletterCommentsAndSidebar() {
    assertContainsNone(
        news.text(),
        "We use cookies",
        "Accept all cookies",
        "World",
        "Sport",
        "All rights reserved",
        "Privacy policy",
        "Sign up for our newsletter",
        "Great news for the region",
        "Comments",
        "Most read",
        "Storm closes airport");
  }

  @Test
  void dropsBylineAndRepeatedHeadlineFromTheText() {
    assertContainsNone(news.text(), "By Mei Lin Chen", "Chip maker expands plant");
  }

  @Test
  void movesFigureCaptionAndPhotoCreditToImagesNotText() {
    assertContainsNone(news.text(), "FILE PHOTO", "REUTERS/Ann Wang", "(Ann Wang/Reuters)");
    assertTrue(
        news.images()
            .contains(
                new Figure(
                    "https://news.example.com/img/plant.jpg",
                    "FILE PHOTO: Workers walk past the company's plant in Hsinchu, Taiwan, August 17, 2023."
                        + " REUTERS/Ann Wang/File Photo",
                    "(Ann Wang/Reuters)")),
        () -> "images " + news.images());
  }

  @Test
  void recordsEveryDroppedBlockWithAReason() {
    assertTrue(
        reasons(news)
            .containsAll(
                List.of(
                    "share",
                    "related",
                    "cookie",
                    "navigation",
                    "footer",
                    "comments",
                    "newsletter")),
        () -> "reasons " + reasons(news));
    news.removed().forEach(r -> assertFalse(r.text().isBlank(), r::toString));
  }

  @Test
  void readsMetadataFromJsonLdAndMetaTags() {
    assertEquals("Chip maker expands plant as demand surges", news.title());
    assertEquals("Harbour Daily News", news.siteName());
    assertEquals(List.of("Mei Lin Chen", "Tom Baker"), news.authors());
    assertEquals("2024-03-05T14:30:00+08:00", news.publishedTime());
    assertEquals("2024-03-06T09:00:00+08:00", news.modifiedTime());
    assertEquals("en-GB", news.language());
    assertEquals(
        "https://news.example.com/business/2024/03/05/chip-maker-expands-plant",
        news.canonicalUrl());
    assertEquals("A chip maker will double the size of its southern plant.", news.description());
  }

  @Test
  void blogPostWithoutMarkupHintsKeepsProseAndDropsGermanBoilerplatePhrases() {
    Extraction blog =
        EXTRACTOR.extract(Fixtures.page("plain-blog-post.html", "https://blog.example.de/mosel"));

    assertContainsAll(
        String.join("\n", blog.blocks()),
        "Am ersten Tag sind wir von Trier aus losgefahren, immer am Fluss entlang, bis nach Bernkastel-Kues.",
        "Der Radweg ist fast überall asphaltiert, und die Steigungen sind so gering, dass auch Kinder gut mitkommen.",
        "Abends haben wir in einer kleinen Pension übernachtet, deren Wirtin uns den Wein aus dem eigenen Keller empfahl.");
    assertContainsNone(
        blog.text(),
        "Artikel teilen",
        "Das könnte Sie auch interessieren",
        "Cookies",
        "Über mich",
        "Kontakt");
  }

  @Test
  void blogPostTitleLosesBlogNameAndAuthorLosesVon() {
    Extraction blog =
        EXTRACTOR.extract(Fixtures.page("plain-blog-post.html", "https://blog.example.de/mosel"));

    assertEquals("Radtour an der Mosel", blog.title());
    assertEquals(List.of("Anna Schmidt"), blog.authors());
    assertEquals("de", blog.language());
  }

  @Test
  void textIsPlainWithWhitespaceNormalisedAndEntitiesDecoded() {
    Extraction ex =
        EXTRACTOR.extract(
            org.jsoup.Jsoup.parse(
                "<html><body><article><p>Fish &amp; chips&nbsp;&nbsp; cost\n\n  <b>£5</b> &mdash; cheap, "
                    + "they said, at the seaside kiosk.</p></article></body></html>"));

    assertEquals(
        List.of("Fish & chips cost £5 — cheap, they said, at the seaside kiosk."), ex.blocks());
  }
}
