package io.newsflow.enrich.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsflow.enrich.rules.BoilerplateRules;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TitleChooserTest {
  private static final TitleChooser CHOOSER =
      new TitleChooser(
          BoilerplateRules.fromClasspath(BoilerplateRules.DEFAULT_RESOURCE).thresholds().html());
  private static final String FARES = "Harbour board backs new ferry fares";

  @Test
  void openGraphTitleWinsOverALaterMetaTitleThatMatchesTheH1() {
    assertEquals(
        "The Modern Ambitions Behind Neon",
        CHOOSER.choose(
            "A Brief History of Neon Signage - CityLab",
            List.of("Why Neon Is the Ultimate Symbol"),
            List.of("CityLab"),
            List.of(),
            Arrays.asList(
                null,
                null,
                "The Modern Ambitions Behind Neon",
                "Why Neon Is the Ultimate Symbol")));
  }

  @Test
  void jsonLdTitleCountsOnlyWhenItAgreesWithThePage() {
    assertEquals(
        "List of chip makers",
        CHOOSER.choose(
            "List of chip makers - Wikipedia",
            List.of("List of chip makers"),
            List.of(),
            List.of("Wikimedia list article"),
            List.of("List of chip makers")));
    assertEquals(
        "Chip maker expands plant",
        CHOOSER.choose(
            "Chip maker expands plant | News",
            List.of(),
            List.of(),
            List.of("Chip maker expands plant"),
            List.of("Something else entirely")));
  }

  @Test
  void aTitleThatIsOnlyTheSiteNameIsSkipped() {
    assertEquals(
        "Space ship breaks up over Siberia",
        CHOOSER.choose(
            "Space ship breaks up over Siberia",
            List.of(),
            List.of("Yahoo News"),
            List.of(),
            List.of("Yahoo News")));
  }

  @Test
  void fallsBackToTheTitleElementThenTheH1() {
    assertEquals(
        "Doc title",
        CHOOSER.choose(
            "Doc title", List.of("Heading"), List.of(), List.of(), Arrays.asList(null, " ")));
    assertEquals(
        "Heading", CHOOSER.choose(null, List.of("Heading"), List.of(), List.of(), List.of()));
  }

  @Test
  void aTitleCutShortWithAnEllipsisGivesWayToTheWholeOne() {
    String whole = "Harbour board approves the new ferry terminal after a two-year review";
    assertEquals(
        whole,
        CHOOSER.choose(
            whole + " | Harbour Times",
            List.of(whole),
            List.of(),
            List.of("Harbour board approves the new ferry\u2026"),
            List.of()));
    assertEquals(
        whole,
        CHOOSER.choose(
            null, List.of(whole), List.of(), List.of(), List.of("Harbour board approves...")));
    // nothing holds it whole: the cut title is all there is
    assertEquals(
        "Harbour board approves\u2026",
        CHOOSER.choose(
            null,
            List.of("Weather"),
            List.of(),
            List.of(),
            List.of("Harbour board approves\u2026")));
  }

  @Test
  void aDeclaredTitleThatClearlyMoreSourcesRepeatWinsOverAnAgreeingJsonLdHeadline() {
    // the headline agrees with the h1 word for word but carries its section: the <title>, the h1,
    // og:title and twitter:title all repeat the story's title without it
    assertEquals(
        FARES,
        CHOOSER.choose(
            FARES + " | Harbour Times",
            List.of(FARES),
            List.of("Harbour Times"),
            List.of(FARES + " | News"),
            Arrays.asList(null, null, FARES, FARES, null)));
  }

  @Test
  void aDeclaredTitleOnlyOneSourceAheadDoesNotDisplaceTheTrustedPick() {
    String headline = "Harbour board backs the new ferry fares";
    // the JSON-LD headline and the <title> against og:title, twitter:title and the h1
    assertEquals(
        headline,
        CHOOSER.choose(
            headline + " | Harbour Times",
            List.of(FARES),
            List.of("Harbour Times"),
            List.of(headline),
            Arrays.asList(null, null, FARES, FARES, null)));
  }

  @Test
  void aSourceHoldingATitleAmongAsMuchOtherTextAgainDoesNotRepeatIt() {
    String longHeadline = FARES + " after a long night of debate in the town hall";
    // og:title and twitter:title shorten the headline to less than half of it: the h1, the
    // <title> and the JSON-LD headline hold the short form but do not repeat it
    assertEquals(
        longHeadline,
        CHOOSER.choose(
            longHeadline,
            List.of(longHeadline),
            List.of(),
            List.of(longHeadline),
            Arrays.asList(null, null, FARES, FARES, null)));
  }

  @Test
  void aDeclaredTitleWithoutTheKickerIsTheHeadline() {
    String kicked = "Ferry dispute: " + FARES;
    // the h1, the JSON-LD headline and twitter:title carry the kicker, og:title does not
    assertEquals(
        FARES,
        CHOOSER.choose(
            kicked + " - Harbour Times",
            List.of(kicked),
            List.of("Harbour Times"),
            List.of(kicked),
            Arrays.asList(null, null, FARES, kicked, null)));
    // a declared title that only ends like the chosen one, with no separator before, is not it
    assertEquals(
        "Harbour board backs new ferry fares again",
        CHOOSER.choose(
            null,
            List.of(),
            List.of(),
            List.of(),
            Arrays.asList(null, null, "Harbour board backs new ferry fares again", "fares again")));
  }

  @Test
  void aCompoundsFirstPartIsNoKicker() {
    String title = "Spider-Man review: the best of the series";
    assertEquals(
        title,
        CHOOSER.choose(
            null,
            List.of(title),
            List.of(),
            List.of(title),
            Arrays.asList(null, null, "Man review: the best of the series")));
  }

  @Test
  void aKickerLongerThanAShortLineStaysPartOfTheTitle() {
    String kicked = "After a long night of debate in the town hall on Monday: " + FARES;
    assertEquals(
        kicked,
        CHOOSER.choose(
            null, List.of(kicked), List.of(), List.of(), Arrays.asList(null, null, kicked, FARES)));
  }

  @Test
  void aDeclaredTitleWithoutTheSectionIsTheHeadline() {
    // og:title and twitter:title end with the section (the site name is cut later); the page's
    // headline meta does not
    String sectioned = FARES + "-Politics";
    assertEquals(
        FARES,
        CHOOSER.choose(
            sectioned + " | Harbour Times",
            List.of(),
            List.of("Harbour Times"),
            List.of(),
            Arrays.asList(null, null, sectioned, sectioned, null, FARES)));
    // words after the title that do not start with a separator are the title's own
    String longer = FARES + " to the islands";
    assertEquals(
        longer,
        CHOOSER.choose(
            null, List.of(), List.of(), List.of(), Arrays.asList(null, null, longer, FARES)));
  }

  @Test
  void aMetaTitleCutByAnUnescapedQuoteGivesWayToTheHeadingThatHoldsItWhole() {
    String whole = "Harbour regatta: a clear winner and \"a royal visit\"";
    // <meta property="og:title" content="Harbour regatta: a clear winner and "a royal visit"">
    String cut = "Harbour regatta: a clear winner and ";
    assertEquals(
        whole,
        CHOOSER.choose(
            whole + " | Harbour Times", List.of(whole), List.of(), List.of(), List.of(cut)));
    // without a heading, the <title> holds it (its site name is the cleaner's to remove)
    assertEquals(
        whole + " | Harbour Times",
        CHOOSER.choose(whole + " | Harbour Times", List.of(), List.of(), List.of(), List.of(cut)));
    // a heading that goes on without a quote is another title, not the cut one's whole
    assertEquals(
        "Harbour regatta: a clear winner",
        CHOOSER.choose(
            null,
            List.of("Harbour regatta: a clear winner and more"),
            List.of(),
            List.of(),
            List.of("Harbour regatta: a clear winner")));
  }
}
