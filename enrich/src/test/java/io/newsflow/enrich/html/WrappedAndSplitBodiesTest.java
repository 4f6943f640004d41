package io.newsflow.enrich.html;

import static io.newsflow.enrich.html.BusStory.EXTRACTOR;
import static io.newsflow.enrich.html.BusStory.P1;
import static io.newsflow.enrich.html.BusStory.P2;
import static io.newsflow.enrich.html.BusStory.P3;
import static io.newsflow.enrich.html.BusStory.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.enrich.article.Extraction;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Page shapes that hid the article from the extractor: the whole page in a form or a hidden div, a
 * body split into repeated template modules, an article only in the script state, and titles
 * escaped twice or ending in an accented site name.
 */
class WrappedAndSplitBodiesTest {
  private static String nav() {
    return "<nav><a href=/>Home</a> <a href=/world>World</a> <a href=/sport>Sport</a></nav>";
  }

  @Test
  void aFormAroundTheWholePageIsAWrapper() {
    Extraction ex =
        extract(
            "<html><body><form id=mainForm action=/page.aspx>"
                + nav()
                + "<div class=story><p>"
                + P1
                + "</p><p>"
                + P2
                + "</p><p>"
                + P3
                + "</p></div><div><input type=search name=q></div></form></body></html>");
    assertTrue(ex.text().contains(P1) && ex.text().contains(P3), ex.text());
  }

  @Test
  void aHiddenDivHoldingTheWholeStreamedPageIsShown() {
    Extraction ex =
        extract(
            "<html><body>"
                + nav()
                + "<template id=B:0></template><div hidden id=S:0><article><p>"
                + P1
                + "</p><p>"
                + P2
                + "</p><p>"
                + P3
                + "</p></article></div><div hidden>Sign in to continue</div></body></html>");
    assertTrue(ex.text().contains(P1) && ex.text().contains(P3), ex.text());
    assertFalse(ex.text().contains("Sign in to continue"), ex.text());
  }

  @Test
  void aHiddenStyleHoldingMostOfThePageStillHides() {
    Extraction ex =
        extract(
            "<html><body><div><p>"
                + P1
                + "</p></div><div style=\"display:none\"><p>"
                + P2
                + "</p><p>"
                + P3
                + "</p></div></body></html>");
    assertFalse(ex.text().contains(P2), ex.text());
  }

  @Test
  void aSlideshowAfterItsIntroductionIsPartOfTheStory() {
    String[] stops = {
      "the harbour", "the old mill", "the stadium", "the hospital", "the airport",
      "the university", "the zoo", "the beach", "the castle", "the ferry"
    };
    StringBuilder slides = new StringBuilder();
    for (int i = 0; i < stops.length; i++) {
      slides
          .append("<div class=\"slideshow-ad ad\"><div class=ad-label>Advertisement</div></div>")
          .append("<div class=slide><div class=slide-layout><h2>Route ")
          .append(i + 1)
          .append(" goes to ")
          .append(stops[i])
          .append("</h2><figure><img src=r.jpg><figcaption>A bus at the stop</figcaption></figure>")
          .append("<p>The route to ")
          .append(stops[i])
          .append(" leaves the central station every ten minutes, stops at the market and the")
          .append(" school, and takes about twenty minutes on a weekday morning.</p><p>Drivers")
          .append(" on this line, who start at five, said the new timetable, which the council")
          .append(" approved, gives them a longer break at ")
          .append(stops[i])
          .append(" before the way back.</p></div></div>");
    }
    Extraction ex =
        extract(
            "<html><body>"
                + nav()
                + "<section class=slideshow><section class=slideshow-intro><div>"
                + "<div class=intro-content><ul>"
                + "<li>The council adds twelve bus routes.</li><li>Here is where they go.</li>"
                + "</ul><p>"
                + P1
                + "</p><p>"
                + P2
                + "</p><p>"
                + P3
                + "</p></div></div></section><div><section class=slideshow-inner-content>"
                + "<div class=slide-container><div class=slide-wrapper>"
                + slides
                + "</div></div></section></div></section></body></html>");
    assertTrue(ex.text().contains(P1), ex.text());
    assertTrue(ex.text().contains("The route to the airport leaves"), ex.text());
  }

  @Test
  void aBodySplitIntoRepeatedModulesIsKeptWhole() {
    String open = "<div class=con><div class=modCon><div class=\"mod modText\"><div class=box>";
    String close = "</div></div></div></div>";
    String picture =
        "<div class=con><div class=modCon><div class=\"mod modImage\"><figure><img src=a.jpg>"
            + "<figcaption>The harbour bus station</figcaption></figure></div></div></div>";
    String teasers =
        "<div class=con><div class=modCon><div class=\"mod modTeaser\"><ul>"
            + "<li><a href=/1>Another story about the trains and the trams</a></li>"
            + "<li><a href=/2>Yet another story about the ferries</a></li></ul></div></div></div>";
    Extraction ex =
        extract(
            "<html><body>"
                + nav()
                + "<div class=section>"
                + open
                + "<p>"
                + P1
                + "</p><p>"
                + P2
                + "</p>"
                + close
                + picture
                + open
                + "<p>"
                + P3
                + "</p>"
                + close
                + teasers
                + "</div></body></html>");
    assertTrue(ex.text().contains(P1), ex.text());
    assertTrue(ex.text().contains(P3), "the module after the picture: " + ex.text());
    assertFalse(ex.text().contains("Another story"), ex.text());
  }

  @Test
  void anArticleOnlyInTheScriptStateIsRead() {
    String state =
        "{\"detail\":{\"title\":\"Buses\",\"contentHtml\":\"\\u003cp\\u003e"
            + P1
            + "\\u003c/p\\u003e\\u003cdiv class=\\\"caption\\\"\\u003e\\u003cp\\u003eThe station"
            + " at night\\u003c/p\\u003e\\u003c/div\\u003e\\u003cp\\u003e"
            + P2
            + "\\u003c/p\\u003e\"}}";
    Extraction ex =
        extract(
            "<html><head><title>Buses</title></head><body><div id=app></div><script>"
                + "self.__STATE__.push("
                + state
                + ")</script></body></html>");
    assertEquals(java.util.List.of(P1, P2), ex.blocks());
  }

  @Test
  void aTitleEscapedTwiceIsDecoded() {
    Extraction ex =
        extract(
            "<html><head><meta property=og:title content=\"Mayor: &amp;quot;We will"
                + " build it&amp;quot; &amp;#8211; and soon\"></head><body><p>"
                + P1
                + "</p></body></html>");
    assertEquals("Mayor: \"We will build it\" – and soon", ex.title());
  }

  @Test
  void theSiteNamePartIsRecognisedFromTheHostWhateverItsAccents() {
    Extraction ex =
        EXTRACTOR.extract(
            Jsoup.parse(
                "<html><head><meta property=og:title content=\"Zinsen steigen | Börsen-Zeitung\">"
                    + "</head><body><p>"
                    + P1
                    + "</p></body></html>",
                "https://www.boersen-zeitung.de/markt/zinsen"));
    assertEquals("Zinsen steigen", ex.title());
  }

  @Test
  void theNextStoryAppendedUnderTheArticleIsLeftOut() {
    String next =
        "The regional football club named a new coach on Wednesday after a season in which the"
            + " team lost eleven of its last fifteen matches and fell to the bottom of the table.";
    String next2 =
        "The new coach, who led a smaller club to promotion two years ago, signed a contract until"
            + " the end of next season and will take charge of training from Monday on.";
    String html =
        "<html><body>"
            + nav()
            + "<main><article class='story main'><h1>Bus network to grow</h1><p>"
            + P1
            + "</p><p>"
            + P2
            + "</p><p>"
            + P3
            + "</p></article><div class=more><article class=story><h1>Club names new coach</h1><p>"
            + next
            + "</p><p>"
            + next2
            + "</p><p>"
            + P3.replace("Residents", "Fans")
            + "</p></article></div></main></body></html>";
    Extraction ex = extract(html);
    assertTrue(ex.text().contains(P1) && ex.text().contains(P3), ex.text());
    assertFalse(ex.text().contains(next), ex.text());
    // one story with its own headline and text among teasers is still the article's container
    Extraction single =
        extract(
            html.replace("<h1>Club names new coach</h1>", "<h2>Club names new coach</h2>")
                .replace("<div class=more>", "<div class=story-body>"));
    assertTrue(single.text().contains(P1), single.text());
  }

  @Test
  void aMoreHeadingNamingTheSiteOpensTeasersNotMoreOfTheStory() {
    String teaser =
        "The harbour authority said on Monday that the new ferry terminal will open in spring,"
            + " a year later than planned, after delays in the delivery of the steel for its pier.";
    String page =
        "<html><body>"
            + nav()
            + "<div class=post><p>"
            + P1
            + "</p><p>"
            + P2
            + "</p><p>"
            + P3
            + "</p><h2>%s</h2><p>"
            + teaser
            + "</p></div></body></html>";
    Extraction site =
        EXTRACTOR.extract(
            new HtmlPageParser()
                .parse(
                    page.replace("%s", "More Harbour Times").getBytes(StandardCharsets.UTF_8),
                    "https://www.harbourtimes.example/2024/ferry.html"));
    assertTrue(site.text().contains(P3), site.text());
    assertFalse(site.text().contains(teaser), site.text());
    // "More" and words that name no site: a subheading of the story
    Extraction story = extract(page.replace("%s", "More Delays"));
    assertTrue(story.text().contains(teaser), story.text());
  }

  @Test
  void numberedModulesOfOneBodyAreOneBody() {
    String more =
        "The first of the new routes is to open in March, the transport department said, once the"
            + " drivers it is hiring this winter have finished their training on the new buses.";
    Extraction ex =
        extract(
            "<html><body>"
                + nav()
                + "<div class=main><h1>Buses</h1><div class=story-part><div class=\"story-body"
                + " story-body-1\"><p>"
                + P1
                + "</p></div><aside class=related><a href=/x>Tram line opens</a></aside></div>"
                + "<div class=story-part><div class=\"story-body story-body-2\"><p>"
                + P2
                + "</p><p>"
                + P3
                + "</p><p>"
                + more
                + "</p><p>"
                + P2.replace("forty", "fifty")
                + "</p></div><aside class=related><a href=/y>Bus fares rise</a></aside></div>"
                + "</div></body></html>");
    assertTrue(ex.text().contains(P1) && ex.text().contains(more), ex.text());
    assertFalse(ex.text().contains("Tram line opens"), ex.text());
  }
}
