package io.newsflow.enrich.dom;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsflow.enrich.rules.BoilerplateRules;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The numbering the scorer and the block walk rely on: document order, ranges, parents. */
class TextStatsTest {
  private static final BoilerplateRules RULES =
      BoilerplateRules.fromClasspath(BoilerplateRules.DEFAULT_RESOURCE);

  @Test
  void numbersElementsInDocumentOrderWithTheirSubtreeRanges() {
    Document doc =
        Jsoup.parse(
            "<html><head><title>T</title></head><body>"
                + "<div id=a><p>One, two <a href=/x>link</a></p><script>var x = 1;</script></div>"
                + "<div id=b><p></p><p></p></div></body></html>");
    TextStats stats = TextStats.of(doc, RULES, null, doc.body());
    int body = stats.body();
    assertEquals("body", stats.element(body).normalName());
    int a = body + 1;
    int p = a + 1;
    int link = p + 1;
    int b = link + 1; // the script is skipped: it gets no number
    assertEquals("a", stats.element(a).id());
    assertEquals("b", stats.element(b).id());
    assertEquals(a, stats.parent(p));
    assertEquals(p, stats.parent(link));
    assertEquals(b, stats.end(a));
    assertEquals(stats.size(), stats.end(body));
    assertEquals("OneTwolink".length() + 1, stats.chars(a)); // visible characters, comma included
    assertEquals(4, stats.linkChars(a));
    assertEquals(1, stats.commas(p));
    assertEquals(0, stats.paragraphs(b), "no text: counted as empty, whatever it holds");
    assertEquals(1, stats.paragraphs(a));
  }
}
