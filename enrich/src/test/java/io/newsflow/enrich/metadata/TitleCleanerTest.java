package io.newsflow.enrich.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsflow.enrich.rules.BoilerplateRules;
import java.util.List;
import org.junit.jupiter.api.Test;

class TitleCleanerTest {
  private static final BoilerplateRules RULES =
      BoilerplateRules.fromClasspath(BoilerplateRules.DEFAULT_RESOURCE);
  private static final TitleCleaner CLEANER =
      new TitleCleaner(RULES.titleSeparators(), RULES.thresholds().html());

  @Test
  void dropsTrailingSiteNameNamedByOgSiteName() {
    assertEquals(
        "How to Build a Terrarium",
        CLEANER.clean("How to Build a Terrarium | eHow", List.of("eHow"), null));
  }

  @Test
  void dropsLeadingSiteNameAndHostNamedSuffix() {
    assertEquals(
        "Rail fares to rise",
        CLEANER.clean("Harbour News — Rail fares to rise", List.of("Harbour News"), null));
    assertEquals(
        "Mozilla",
        CLEANER.clean("Mozilla - Wikipedia", List.of(), "https://en.wikipedia.org/wiki/Mozilla"));
  }

  @Test
  void dropsChineseChannelAndSiteSuffixes() {
    assertEquals(
        "DeepMind新电脑已可利用记忆自学 人工智能迈上新台阶_科技",
        CLEANER.clean("DeepMind新电脑已可利用记忆自学 人工智能迈上新台阶_科技_腾讯网", List.of("腾讯网"), null));
  }

  @Test
  void keepsDashesThatAreNotFollowedByTheSiteName() {
    assertEquals(
        "Friday Facts #282 - 0.17 in sight",
        CLEANER.clean(
            "Friday Facts #282 - 0.17 in sight",
            true,
            List.of(),
            List.of("Factorio"),
            List.of(),
            null));
    assertEquals(
        "Spider-Man - the musical returns",
        CLEANER.clean(
            "Spider-Man - the musical returns", true, List.of(), List.of(), List.of(), null));
  }

  @Test
  void usesTheH1ToTellHeadlineFromBlogName() {
    assertEquals(
        "Radtour an der Mosel",
        CLEANER.clean(
            "Radtour an der Mosel – Mein Reiseblog",
            true,
            List.of("Reiseblog", "Radtour an der Mosel"),
            List.of(),
            List.of(),
            null));
  }

  @Test
  void usesALaterH1WhenTheFirstIsTheSiteLogo() {
    assertEquals(
        "Outside the web: standalone binaries",
        CLEANER.clean(
            "Outside the web: standalone binaries · V8",
            true,
            List.of("V8", "Outside the web: standalone binaries"),
            List.of(),
            List.of(),
            null));
  }

  @Test
  void cutsOneShortUnnamedTailAfterALongHeadlineOfTheTitleElement() {
    assertEquals(
        "Lorem ipsum dolor sit amet",
        CLEANER.clean(
            "Lorem ipsum dolor sit amet – My website",
            true,
            List.of(),
            List.of(),
            List.of(),
            null));
    // once a named part is cut, an unnamed one is the headline's own
    assertEquals(
        "Get your Frontend Code Covered | Code",
        CLEANER.clean(
            "Get your Frontend Code Covered | Code | Jane Roe",
            true,
            List.of(),
            List.of(),
            List.of("Jane Roe"),
            null));
    // a short headline is not cut on a guess
    assertEquals(
        "Rates rise – again",
        CLEANER.clean("Rates rise – again", true, List.of(), List.of(), List.of(), null));
  }

  @Test
  void keepsAuthorsSeriesAndShortTailsInADeclaredTitle() {
    assertEquals(
        "Whales stranded on the coast | Jane Roe",
        CLEANER.clean(
            "Whales stranded on the coast | Jane Roe",
            false,
            List.of(),
            List.of("The Guardian"),
            List.of("Jane Roe"),
            null));
    assertEquals(
        "ONE HUNDRED TWO: What kind of wordchain? - Super Supportive",
        CLEANER.clean(
            "ONE HUNDRED TWO: What kind of wordchain? - Super Supportive",
            false,
            List.of("ONE HUNDRED TWO: What kind of wordchain?"),
            List.of("Royal Road"),
            List.of(),
            null));
  }

  @Test
  void dropsAPartThatIsMostlyTheHostName() {
    assertEquals(
        "Chapter 1 | Boku no Hero Academia",
        CLEANER.clean(
            "Chapter 1 | Boku no Hero Academia | My Hero Academia [Archive of Our Own]",
            List.of(),
            "https://archiveofourown.org/works/1"));
  }

  @Test
  void keepsTheWholeTitleWhenItIsTheHeadline() {
    assertEquals(
        "Paris - Berlin in four hours",
        CLEANER.clean(
            "Paris - Berlin in four hours",
            true,
            List.of("Paris - Berlin in four hours"),
            List.of("Paris"),
            List.of(),
            null));
  }
}
