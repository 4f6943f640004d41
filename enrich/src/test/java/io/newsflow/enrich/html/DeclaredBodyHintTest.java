package io.newsflow.enrich.html;

import static io.newsflow.enrich.html.TextAssertions.assertContainsAll;
import static io.newsflow.enrich.html.TextAssertions.assertContainsNone;

import io.newsflow.enrich.article.Extraction;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class DeclaredBodyHintTest {
  private static final ArticleExtractor EXTRACTOR = ArticleExtractor.withDefaultRules();

  private static final String ARTICLE =
      "<div><div><div>"
          + "<p>The harbour board voted on Monday to close the old ferry pier, ending a service that ran for ninety years.</p>"
          + "<p>Board members said repairs would cost more than building a new pier further along the quay next year.</p>"
          + "<p>Passengers will use a temporary landing stage from March until the new pier opens in the autumn.</p>"
          + "</div></div></div>";
  private static final String OTHER =
      "<div>"
          + "<p>Elsewhere, in other news, the council, after long debate, agreed, again, to delay, once more, the plan for parking, cycling, buses and taxis.</p>"
              .repeat(3)
          + "<p>Also, the weather, which was mild, cloudy, windy, and, at times, wet, is expected, forecasters said, to change, soon, for the better.</p>"
              .repeat(2)
          + "</div>";

  @Test
  void withoutDeclarationTheDenserBlockAloneWins() {
    Extraction ex =
        EXTRACTOR.extract(Jsoup.parse("<html><body>" + OTHER + ARTICLE + "</body></html>"));

    assertContainsNone(ex.text(), "The harbour board voted on Monday");
  }

  @Test
  void jsonLdArticleBodyPointsScoringAtTheArticleItDeclares() {
    String jsonLd =
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBody\":"
            + "\"The harbour board voted on Monday to close the old ferry pier, ending a service that ran for ninety years. "
            + "Board members said repairs would cost more than building a new pier further along the quay next year. "
            + "Passengers will use a temporary landing stage from March until the new pier opens in the autumn.\"}</script>";
    Extraction ex =
        EXTRACTOR.extract(
            Jsoup.parse(
                "<html><head>" + jsonLd + "</head><body>" + OTHER + ARTICLE + "</body></html>"));

    assertContainsAll(
        ex.text(),
        "The harbour board voted on Monday",
        "Passengers will use a temporary landing stage");
  }
}
