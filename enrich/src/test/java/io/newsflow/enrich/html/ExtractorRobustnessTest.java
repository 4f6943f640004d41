package io.newsflow.enrich.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.enrich.article.Extraction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** Hostile and broken input: extraction must return, not throw, and stay fast. */
class ExtractorRobustnessTest {
  private static final ArticleExtractor EXTRACTOR = ArticleExtractor.withDefaultRules();
  // Wide enough for a shared machine (a quadratic walk of these inputs takes hours, not seconds):
  // the test guards against runaway work, not against a busy neighbour.
  private static final Duration LIMIT = Duration.ofSeconds(60);

  @Test
  void hundredThousandNestedDivsParsedWithTheDepthCapDoNotThrow() {
    String html =
        "<div>".repeat(100_000)
            + "<p>Deep text that is long enough to be a paragraph, surely.</p>"
            + "</div>".repeat(100_000);
    Document doc = new HtmlPageParser().parse(html.getBytes(StandardCharsets.UTF_8), "UTF-8", "");

    Extraction ex = assertTimeoutPreemptively(LIMIT, () -> EXTRACTOR.extract(doc));

    assertTrue(ex.text().contains("Deep text"), ex::text);
  }

  @Test
  void hundredThousandNestedDivsBuiltWithoutAnyDepthCapDoNotThrow() {
    // Built inside-out: appending at the bottom of a deep tree makes jsoup walk up each time.
    Element inner =
        new Element("p").text("A paragraph at the bottom of a very deep tree, with commas, too.");
    for (int i = 0; i < 100_000; i++) {
      inner = new Element("div").appendChild(inner);
    }
    Document doc = Document.createShell("");
    doc.body().appendChild(inner);

    Extraction ex = assertTimeoutPreemptively(LIMIT, () -> EXTRACTOR.extract(doc));

    assertTrue(ex.text().contains("A paragraph at the bottom"), ex::text);
  }

  @Test
  void thousandsOfLookAlikeBlocksAtTheBottomOfADeepTreeStayFast() {
    String block =
        "<div><p>Same length paragraph, with a comma, repeated many times over.</p></div>";
    String html = "<div>".repeat(400) + block.repeat(5_000) + "</div>".repeat(400);
    Document doc = new HtmlPageParser().parse(html.getBytes(StandardCharsets.UTF_8), "UTF-8", "");

    Extraction ex = assertTimeoutPreemptively(LIMIT, () -> EXTRACTOR.extract(doc));

    assertTrue(ex.blocks().size() > 1000, () -> "blocks " + ex.blocks().size());
  }

  @Test
  void fiveMegabyteAttributeDoesNotThrow() {
    String big = "x ".repeat(2_500_000);
    String html =
        "<html><head><meta name=\"description\" content=\""
            + big
            + "\"></head><body>"
            + "<div class=\""
            + big
            + "\" style=\""
            + big
            + "\"><p>Body text of the article, long enough to count.</p></div>"
            + "<img src=\""
            + big
            + "\"></body></html>";
    Document doc = new HtmlPageParser().parse(html.getBytes(StandardCharsets.UTF_8), "UTF-8", "");

    Extraction ex = assertTimeoutPreemptively(LIMIT, () -> EXTRACTOR.extract(doc));

    assertTrue(ex.text().contains("Body text of the article"), ex::text);
  }

  @Test
  void documentWithoutBodyYieldsEmptyBlocks() {
    Document xml = Parser.xmlParser().parseInput("<feed><entry>no html here</entry></feed>", "");

    Extraction ex = EXTRACTOR.extract(xml);

    assertEquals(List.of(), ex.blocks());
  }

  @Test
  void emptyDocumentAndNullYieldEmptyExtractions() {
    assertEquals(List.of(), EXTRACTOR.extract(new Document("")).blocks());
    assertEquals(List.of(), EXTRACTOR.extract(null).blocks());
  }

  @Test
  void randomBytesDoNotThrow() {
    Random random = new Random(42);
    HtmlPageParser parser = new HtmlPageParser();
    for (int i = 0; i < 50; i++) {
      byte[] bytes = new byte[random.nextInt(200_000)];
      random.nextBytes(bytes);
      Document doc = parser.parse(bytes, i % 2 == 0 ? null : "UTF-8", "http://example.com/");

      assertNotNull(assertTimeoutPreemptively(LIMIT, () -> EXTRACTOR.extract(doc)));
    }
  }

  @Test
  void randomTagSoupDoesNotThrow() {
    Random random = new Random(7);
    String[] pieces = {
      "<div>",
      "</div>",
      "<p>",
      "</p>",
      "<a href=x>",
      "</a>",
      "<figure>",
      "<img src=a.jpg>",
      "<figcaption>",
      "<table><tr><td>",
      "</td></tr></table>",
      "<ul><li>",
      "</li></ul>",
      "<br>",
      "<script type=application/ld+json>{\"@type\":\"NewsArticle\",\"author\":[",
      "</script>",
      "<h2>Related posts</h2>",
      "Share This",
      "words, with commas, ",
      "<nav>",
      "</nav>",
      "&amp;",
      "<!--"
    };
    for (int i = 0; i < 200; i++) {
      StringBuilder html = new StringBuilder();
      for (int j = 0; j < 300; j++) {
        html.append(pieces[random.nextInt(pieces.length)]);
      }
      Document doc =
          new HtmlPageParser().parse(html.toString().getBytes(StandardCharsets.UTF_8), "UTF-8", "");

      assertNotNull(EXTRACTOR.extract(doc));
    }
  }

  @Test
  void sharedExtractorGivesTheSameResultFromManyThreads() throws Exception {
    String html =
        "<html><body><article><p>One sentence of the article, with a comma or two, here.</p>"
            + "<p>Another sentence of the same article, which is also long enough.</p></article></body></html>";
    Extraction expected =
        EXTRACTOR.extract(
            new HtmlPageParser().parse(html.getBytes(StandardCharsets.UTF_8), "UTF-8", ""));
    List<Thread> threads = new java.util.ArrayList<>();
    java.util.concurrent.atomic.AtomicInteger mismatches =
        new java.util.concurrent.atomic.AtomicInteger();
    for (int t = 0; t < 8; t++) {
      Thread thread =
          new Thread(
              () -> {
                for (int i = 0; i < 200; i++) {
                  Document doc =
                      new HtmlPageParser()
                          .parse(html.getBytes(StandardCharsets.UTF_8), "UTF-8", "");
                  if (!EXTRACTOR.extract(doc).equals(expected)) {
                    mismatches.incrementAndGet();
                  }
                }
              });
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    assertEquals(0, mismatches.get());
  }
}
