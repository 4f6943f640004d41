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

  @Test
  void weighsCharactersOfScriptsWithoutSpacesAsLetterEquivalents() {
    Document doc =
        Jsoup.parse(
            "<body><p id=ja>日本語です。</p><p id=ko>한국어</p><p id=en>English</p>"
                + "<p id=full>ＡＢ</p></body>");
    TextStats stats = TextStats.of(doc, RULES, null, doc.body());
    int ja = stats.body() + 1;
    assertEquals(6, stats.chars(ja));
    assertEquals(16, stats.weightedChars(ja), "Han and kana three each, the full stop one");
    assertEquals(6, stats.weightedChars(ja + 1), "Hangul syllables: two each");
    assertEquals(7, stats.weightedChars(ja + 2), "Latin letters: one each");
    assertEquals(6, stats.weightedChars(ja + 3), "full-width forms: three each");
    assertEquals(35, stats.weightedChars(stats.body()), "summed up the tree");
  }

  @Test
  void aHiddenAttributeOnMostOfThePageHidesNothingButAHiddenStyleDoes() {
    Document doc =
        Jsoup.parse(
            "<body><div hidden id=parked><p>A long streamed article paragraph.</p></div>"
                + "<div hidden id=small>Sign in</div>"
                + "<div style=\"display:none\" id=styled><p>Another long hidden paragraph here,"
                + " longer than all the rest of the page.</p></div></body>");
    TextStats stats = TextStats.of(doc, RULES, null, doc.body());
    int parked = stats.body() + 1;
    int small = stats.end(parked);
    int styled = stats.end(small);
    assertEquals("styled", stats.element(styled).id());
    assertEquals(true, stats.hidden(small));
    assertEquals(true, stats.hidden(styled));
    // the parked div holds less than half here: hidden; alone on a page it would not be
    assertEquals(true, stats.hidden(parked));
    Document streamed =
        Jsoup.parse(
            "<body><div hidden id=parked><p>A long streamed article paragraph.</p></div>"
                + "<div hidden id=small>Sign in</div></body>");
    TextStats s2 = TextStats.of(streamed, RULES, null, streamed.body());
    assertEquals(false, s2.hidden(s2.body() + 1));
    assertEquals(true, s2.hidden(s2.end(s2.body() + 1)));
  }
}
