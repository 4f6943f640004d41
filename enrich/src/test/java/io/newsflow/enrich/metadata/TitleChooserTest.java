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
}
