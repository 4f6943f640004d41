package io.newsflow.enrich.html;

import io.newsflow.enrich.article.Extraction;
import java.nio.charset.StandardCharsets;

/** One written news story's paragraphs, and the extractor the page-shape tests run it through. */
final class BusStory {
  private BusStory() {}

  /** The extractor with the shipped rules. */
  static final ArticleExtractor EXTRACTOR = ArticleExtractor.withDefaultRules();

  static final String P1 =
      "The city council voted on Tuesday to expand the bus network, adding twelve routes that will"
          + " connect the northern suburbs with the harbour district by the end of next year.";
  static final String P2 =
      "Officials said the plan, which costs about forty million, will be paid for by the regional"
          + " transport fund and a small rise in parking fees in the city centre.";
  static final String P3 =
      "Residents of the suburbs, who have waited for years, welcomed the decision, although some"
          + " shop owners in the centre worry that higher parking fees will keep customers away.";
  static final String P4 =
      "The first of the new routes is to open in March, the transport department said, once the"
          + " drivers it is hiring this winter have finished their training on the new buses.";

  /** The article of a page served at a fixed news URL. */
  static Extraction extract(String html) {
    return EXTRACTOR.extract(
        new HtmlPageParser()
            .parse(html.getBytes(StandardCharsets.UTF_8), "https://news.example.org/a/1.html"));
  }
}
