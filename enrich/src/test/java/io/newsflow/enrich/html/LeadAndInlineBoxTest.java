package io.newsflow.enrich.html;

import static io.newsflow.enrich.html.BusStory.P1;
import static io.newsflow.enrich.html.BusStory.P2;
import static io.newsflow.enrich.html.BusStory.P3;
import static io.newsflow.enrich.html.BusStory.P4;
import static io.newsflow.enrich.html.BusStory.extract;
import static io.newsflow.enrich.html.TextAssertions.assertContainsAll;
import static io.newsflow.enrich.html.TextAssertions.assertContainsNone;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.enrich.article.Extraction;
import org.junit.jupiter.api.Test;

/**
 * Story text the best container alone misses: the lead the template puts next to the headline (the
 * page declares it as its description, or it stands under the headline), paragraphs below a teaser
 * box set inside the story, subheadings between paragraphs that join as siblings, and paragraphs a
 * paywall marks hidden from screen readers only.
 */
class LeadAndInlineBoxTest {
  private static final String LEAD =
      "The regional council approved a new ferry line on Monday. Crossings start next spring.";

  private static String head(String description) {
    return "<html><head><title>Ferry line approved</title>"
        + "<meta property=\"og:description\" content=\""
        + description
        + "\"></head><body><nav><a href=/>Home</a> <a href=/world>World</a></nav>";
  }

  private static String story() {
    return "<div class=body><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div>";
  }

  @Test
  void theLeadBesideTheHeadlineThatThePageDeclaresComesFirst() {
    Extraction ex =
        extract(
            head(LEAD)
                + "<article><header><h1>Ferry line approved</h1><div class=standfirst><p>"
                + LEAD
                + "</p></div><span>12 May 2024</span></header>"
                + story()
                + "</article></body></html>");
    assertTrue(ex.text().startsWith(LEAD), ex.text());
    assertContainsAll(ex.text(), P1, P3);
  }

  @Test
  void aDescriptionCutWithAnEllipsisStillNamesTheLead() {
    String cut = LEAD.substring(0, LEAD.length() - 12) + "...";
    Extraction ex =
        extract(
            head(cut)
                + "<header><h1>Ferry line approved</h1><p>"
                + LEAD
                + "</p></header>"
                + story()
                + "</body></html>");
    assertTrue(ex.text().startsWith(LEAD), ex.text());
  }

  @Test
  void theIntroUnderTheHeadlineInAHeroHeaderComesFirst() {
    String intro =
        "Ferries will link the three islands with the mainland from next spring, the council"
            + " decided, after two years of arguing about a bridge that nobody could pay for.";
    Extraction ex =
        extract(
            head("x")
                + "<div class=hero><figure><img src=/a.jpg><figcaption>Photo: Jane Roe"
                + "</figcaption></figure><div class=intro><h1>Ferry line approved</h1>"
                + "<span>12 May 2024</span><p>"
                + intro
                + "</p></div></div>"
                + story()
                + "</body></html>");
    assertTrue(ex.text().startsWith(intro), ex.text());
    assertContainsAll(ex.text(), P1, P3);
  }

  @Test
  void linksUnderTheHeadlineAreNoIntro() {
    String links =
        "<a href=/a>Ferries</a> <a href=/b>Islands</a> <a href=/c>Council</a> <a href=/d>Transport"
            + " policy</a> <a href=/e>Harbour</a> <a href=/f>Mainland</a> <a href=/g>Budget</a>";
    Extraction ex =
        extract(
            head("x")
                + "<div class=intro><h1>Ferry line approved</h1><p>"
                + links
                + "</p></div>"
                + story()
                + "</body></html>");
    assertTrue(ex.text().startsWith(P1), ex.text());
  }

  @Test
  void aShortDeckThatIsNotTheDescriptionStaysOut() {
    String deck = "Why the council chose ferries over a bridge, and what it means for commuters";
    Extraction ex =
        extract(
            head(LEAD)
                + "<header><h1>Ferry line approved</h1><p>"
                + deck
                + "</p></header>"
                + story()
                + "</body></html>");
    assertContainsNone(ex.text(), deck);
    assertTrue(ex.text().startsWith(P1), ex.text());
  }

  @Test
  void theDescriptionInATeaserBoxOrAHiddenBlockIsNoLead() {
    Extraction ex =
        extract(
            head(LEAD)
                + "<aside class=sidebar><p>"
                + LEAD
                + "</p><a href=/b>Another story</a></aside><div hidden><p>"
                + LEAD
                + "</p></div>"
                + story()
                + "</body></html>");
    assertContainsNone(ex.text(), LEAD);
  }

  @Test
  void theStoryGoesOnBelowATeaserBoxSetBetweenItsParagraphs() {
    Extraction ex =
        extract(
            head("x")
                + "<article><h1>Ferry line approved</h1><div class=body><p>"
                + P1
                + "</p><p>"
                + P2
                + "</p><h4>Related</h4><div class=teaser><a href=/other>Harbour tunnel delayed"
                + " again</a></div><h3>What comes next</h3><p>"
                + P3
                + "</p><p>"
                + P4
                + "</p></div></article></body></html>");
    assertContainsAll(ex.text(), P1, P2, "What comes next", P3, P4);
    assertContainsNone(ex.text(), "Harbour tunnel delayed");
  }

  @Test
  void aRelatedSectionAtTheEndAndAnAuthorBoxStayOut() {
    String teaser =
        "Harbour tunnel delayed again: the contractor says the ground under the old docks is"
            + " softer than the survey showed.";
    String bio =
        "Jane Roe covers transport and city politics for the paper. She joined the newsroom in"
            + " 2015 after ten years at a regional radio station.";
    Extraction ex =
        extract(
            head("x")
                + "<article><h1>Ferry line approved</h1><div class=body><p>"
                + P1
                + "</p><p>"
                + P2
                + "</p><p>"
                + P3
                + "</p><h3>Related stories</h3><h4><a href=/t>Harbour tunnel</a></h4><ul><li><a"
                + " href=/u>Bus fares rise</a></li><li><a href=/v>Tram line opens</a></li></ul>"
                + "</div><div class=body2><h3>About the author</h3><p>"
                + bio
                + "</p></div></article></body></html>");
    assertContainsAll(ex.text(), P1, P3);
    assertContainsNone(ex.text(), "Bus fares rise", "Tram line opens", bio, teaser);
  }

  @Test
  void paragraphsHiddenOnlyFromScreenReadersAreShownToReaders() {
    Extraction ex =
        extract(
            head("x")
                + "<article><h1>Ferry line approved</h1><div class=body><p>"
                + P1
                + "</p><p>"
                + P2
                + "</p><p aria-hidden=true>"
                + P3
                + "</p><p aria-hidden=true style=\"display:none\">"
                + P4
                + "</p><p aria-hidden=true>Share this story</p></div></article></body></html>");
    assertContainsAll(ex.text(), P1, P2, P3);
    assertContainsNone(ex.text(), P4, "Share this story");
  }

  @Test
  void plainSubheadingsBetweenJoinedParagraphsJoinTooLinkedOnesDoNot() {
    // The declared body opens with the lead, so the header holding it ranks first and the
    // story's paragraphs join it as siblings.
    String ld =
        "{\"@type\":\"NewsArticle\",\"headline\":\"Ferry line approved\",\"articleBody\":\""
            + LEAD
            + " "
            + P1
            + " What comes next "
            + P2
            + " "
            + P3
            + "\"}";
    Extraction ex =
        extract(
            "<html><head><script type=application/ld+json>"
                + ld
                + "</script></head><body><nav><a href=/>Home</a> <a href=/world>World</a></nav>"
                + "<article><header><h1>Ferry line approved</h1><p class=preface>"
                + LEAD
                + "</p></header><p>"
                + P1
                + "</p><h2>What comes next</h2><p>"
                + P2
                + "</p><h2><a href=/x>Harbour tunnel delayed</a></h2><p>"
                + P3
                + "</p></article></body></html>");
    assertContainsAll(ex.text(), LEAD, P1, "What comes next", P2, P3);
    assertContainsNone(ex.text(), "Harbour tunnel delayed");
  }
}
