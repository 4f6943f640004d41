package io.newsflow.enrich.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.enrich.article.Extraction;
import io.newsflow.enrich.html.ArticleExtractor;
import io.newsflow.enrich.html.HtmlPageParser;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The title rules on whole small pages: which candidate wins, which site part is cut. */
class PageTitleRulesTest {
  private static final ArticleExtractor EXTRACTOR = ArticleExtractor.withDefaultRules();

  private static String title(String url, String head, String h1) {
    return extract(url, head, h1).title();
  }

  private static Extraction extract(String url, String head, String h1) {
    String html =
        "<html><head>"
            + head
            + "</head><body><article><h1>"
            + h1
            + "</h1><p>Some text of the article that is long enough to count as a paragraph,"
            + " with a second clause so that the extractor keeps it.</p></article></body></html>";
    return EXTRACTOR.extract(
        new HtmlPageParser().parse(html.getBytes(StandardCharsets.UTF_8), "UTF-8", url));
  }

  @Test
  void jsonLdHeadlineThatRepeatsTheH1WinsOverANameThatRepeatsTheTitleElement() {
    String ld =
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
            + "\"name\":\"Harbour closes early - harbourpost.example\","
            + "\"headline\":\"Storm shuts the harbour for two days\"}</script>";
    assertEquals(
        "Storm shuts the harbour for two days",
        title(
            "https://harbourpost.example/a/1",
            "<title>Harbour closes early - harbourpost.example</title>" + ld,
            "Storm shuts the harbour for two days"));
  }

  @Test
  void jsonLdNameStillWinsWhenOnlyItAgreesWithThePage() {
    String ld =
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
            + "\"name\":\"Storm shuts the harbour\",\"headline\":\"Weather service report\"}"
            + "</script>";
    assertEquals(
        "Storm shuts the harbour",
        title(
            "https://harbourpost.example/a/1",
            "<title>Storm shuts the harbour | Harbour Post</title>" + ld,
            "Storm shuts the harbour"));
  }

  @Test
  void aJsonLdHeadlineWithItsSectionGivesWayToTheTitleTheOtherSourcesRepeat() {
    String ld =
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
            + "\"headline\":\"Storm shuts the harbour for two days | Weather\"}</script>";
    String meta =
        "<meta property=\"og:title\" content=\"Storm shuts the harbour for two days\">"
            + "<meta name=\"twitter:title\" content=\"Storm shuts the harbour for two days\">";
    assertEquals(
        "Storm shuts the harbour for two days",
        title(
            "https://harbourpost.example/a/1",
            "<title>Storm shuts the harbour for two days - Harbour Post</title>" + meta + ld,
            "Storm shuts the harbour for two days"));
  }

  @Test
  void aHeadlineRepeatingAnotherDeclaredTitleThanTheChosenOneIsNoPartOfTheText() {
    String shown = "Weather: Storm shuts the harbour for two days";
    String ld =
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
            + "\"headline\":\""
            + shown
            + "\"}</script>";
    String meta =
        "<meta property=\"og:title\" content=\"Storm shuts the harbour for two days\">"
            + "<meta name=\"twitter:title\" content=\"Storm shuts the harbour for two days\">";
    Extraction ex =
        extract(
            "https://harbourpost.example/a/1",
            "<title>Storm shuts the harbour for two days - Harbour Post</title>" + meta + ld,
            shown);
    assertEquals("Storm shuts the harbour for two days", ex.title());
    assertTrue(ex.text().startsWith("Some text of the article"), ex.text());
  }

  @Test
  void siteNameBuiltAroundTheHostLabelIsCutWithoutADeclaredSiteName() {
    assertEquals(
        "Council backs the new tram line",
        title(
            "https://www.tageszeitung.example/2025/04/tram/",
            "<meta property=\"og:title\""
                + " content=\"Council backs the new tram line - Die Neue Südtiroler Tageszeitung\">",
            "Council backs the new tram line"));
    assertEquals(
        "Council backs the new tram line",
        title(
            "https://tageszeitung.example/tram",
            "<meta property=\"og:title\" content=\"Ostfriesische Tageszeitung | Council backs the"
                + " new tram line\">",
            "Council backs the new tram line"));
  }

  @Test
  void aPartThatOnlyEndsWithTheHostLabelInALongRunIsKept() {
    // a script without spaces: the whole headline is one "word" before the site's name
    assertEquals(
        "wasm-module - RustのWebAssemblyの中でDOMを扱う方法を紹介する記事 MOONGIFT",
        title(
            "https://www.moongift.example/2019/01/wasm",
            "<meta property=\"og:title\""
                + " content=\"wasm-module - RustのWebAssemblyの中でDOMを扱う方法を紹介する記事 MOONGIFT\">",
            "wasm-module"));
    // five words are more than a site's name, even when the last one is the host's label
    assertEquals(
        "Tram line - Die Neue Bozner Abend Tageszeitung",
        title(
            "https://tageszeitung.example/tram",
            "<meta property=\"og:title\""
                + " content=\"Tram line - Die Neue Bozner Abend Tageszeitung\">",
            "Tram line"));
  }

  @Test
  void theHostWrittenOutAndAPunycodeHostNameTheSite() {
    assertEquals(
        "Borders to close for a month",
        title(
            "https://www.rp.example/politics/1",
            "<meta property=\"og:title\" content=\"Borders to close for a month - rp.example\">",
            "Borders to close for a month"));
    assertEquals(
        "Book fair opens its doors",
        title(
            "https://xn--brsenblatt-ecb.example/fair",
            "<meta property=\"og:title\" content=\"Book fair opens its doors | Börsenblatt\">",
            "Book fair opens its doors"));
  }

  @Test
  void theH1AtAnEdgeOfTheTitleElementEndsTheHeadlineAtAnyPunctuationMark() {
    assertEquals(
        "短缺药品保供稳价 全力保障临床用药需求",
        title(
            "https://news.example/fortune/1.htm",
            "<title>短缺药品保供稳价 全力保障临床用药需求-新华网</title>",
            "短缺药品保供稳价 全力保障临床用药需求"));
    assertEquals(
        "メディア芸術祭賞、「チコちゃんに叱られる！」が受賞",
        title(
            "https://news.example/articles/2.html",
            "<title>メディア芸術祭賞、「チコちゃんに叱られる！」が受賞：朝日新聞デジタル</title>",
            "メディア芸術祭賞、「チコちゃんに叱られる！」が受賞"));
    assertEquals(
        "Why the city keeps building new tram lines",
        title(
            "https://blog.example/archives/3",
            "<title>Tram notes: Why the city keeps building new tram lines</title>",
            "Why the city keeps building new tram lines"));
  }

  @Test
  void aShortLogoH1AtTheEdgeOfTheTitleElementIsNotTheHeadline() {
    assertEquals(
        "Quill: Notes on a long journey through the Alps by train",
        title(
            "https://blog.example/archives/4",
            "<title>Quill: Notes on a long journey through the Alps by train</title>",
            "Quill"));
  }
}
