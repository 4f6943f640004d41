package io.newsflow.tools.textpages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsflow.enrich.rules.BoilerplateRules;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class InnerTextRendererTest {
  private final InnerTextRenderer renderer =
      new InnerTextRenderer(BoilerplateRules.fromClasspath(BoilerplateRules.DEFAULT_RESOURCE));

  private String render(String body) {
    return renderer.render(Jsoup.parse("<html><body>" + body + "</body></html>"));
  }

  @Test
  void blocksOnLinesOfTheirOwnAndHiddenElementsSkipped() {
    assertEquals(
        "Headline\n\nFirst paragraph.\n\nSecond paragraph.",
        render(
            "<h1>Headline</h1><div style='display:none'>Menu</div>"
                + "<p>First paragraph.</p><p>Second <span>paragraph.</span></p>"));
  }

  @Test
  void aCompletedBoundaryShowsItsSegmentInPlaceOfTheLoadingFallback() {
    String page =
        "<header>Site</header><main><!--$?--><template id=\"B:0\"></template>"
            + "<div class=\"spinner\">Loading...</div><!--/$--></main><footer>Footer</footer>"
            + "<div hidden id=\"S:0\"><h1>Headline</h1><p>The story.</p></div>"
            + "<script>$RC(\"B:0\",\"S:0\")</script>";

    assertEquals("Site\n\nHeadline\n\nThe story.\n\nFooter", render(page));
  }

  @Test
  void aBoundaryCompletedOnceItsStylesheetsLoadShowsItsSegment() {
    String page =
        "<!--$?--><template id=\"B:1a\"></template><p>Loading</p><!--/$-->"
            + "<div hidden id=\"S:1a\"><p>The story.</p></div>"
            + "<script>$RR(\"B:1a\",\"S:1a\",[[\"/a.css\",\"high\"]])</script>";

    assertEquals("The story.", render(page));
  }

  @Test
  void aFilledPlaceholderShowsItsSegmentWhereThePlaceholderWas() {
    String page =
        "<p>Before.</p><template id=\"P:3\"></template><p>After.</p>"
            + "<div hidden id=\"S:3\"><p>Middle.</p></div>"
            + "<script>$RS(\"S:3\",\"P:3\")</script>";

    assertEquals("Before.\n\nMiddle.\n\nAfter.", render(page));
  }

  @Test
  void aNestedBoundaryInsideTheFallbackIsReplacedWithIt() {
    String page =
        "<!--$?--><template id=\"B:1\"></template><div>Wait<!--$--><span>inner</span><!--/$-->"
            + "</div><!--$--><i>still fallback</i><!--/$--><!--/$--><p>Tail.</p>"
            + "<div hidden id=\"S:1\"><p>Story.</p></div><script>$RC(\"B:1\",\"S:1\")</script>";

    assertEquals("Story.\n\nTail.", render(page));
  }

  @Test
  void aSegmentNoScriptCompletesStaysHidden() {
    String page =
        "<!--$?--><template id=\"B:0\"></template><p>Loading</p><!--/$-->"
            + "<div hidden id=\"S:0\"><p>Never shown.</p></div>";

    assertEquals("Loading", render(page));
  }
}
