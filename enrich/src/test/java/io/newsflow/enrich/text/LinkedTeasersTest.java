package io.newsflow.enrich.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Teasers whose link is a line of its own (a headline, its summary, then "mehr" or "Read more"),
 * three or more one after another, are other stories; a story's paragraphs with a link to a related
 * story after each, and more of the story between them, are the story.
 */
class LinkedTeasersTest {
  private static final TextCleaner CLEANER = TextCleaner.withDefaultRules();

  private static String text(String page) {
    return CLEANER.clean(page, null, SiteMemory.NONE).extraction().text();
  }

  private static String teaser(String headline, String summary, String link) {
    return headline + "\n\n" + summary + "\n\n" + link + "\n\n";
  }

  @Test
  void threeTeasersEachWithItsLinkLineAreNotTheStory() {
    String page =
        HarbourStory.WHOLE
            + teaser(
                "City library extends its opening hours",
                "The city library will open on Sundays from June on, after a survey of its"
                    + " readers asked for longer hours at weekends.",
                "mehr")
            + "Culture\n\n"
            + teaser(
                "Football club names a new coach",
                "The local football club has named its former youth coach as head coach for the"
                    + " next two seasons, the club said on Monday.",
                "mehr")
            + teaser(
                "Two new cycle lanes along the river",
                "Two new cycle lanes will run along the river promenade before the summer, the"
                    + " council's planning office said in a statement.",
                "mehr");
    String text = text(page);
    assertTrue(text.contains("keep their price until they run out"), text);
    assertFalse(text.contains("city library will open on Sundays"), text);
    assertFalse(text.contains("cycle lanes will run"), text);
  }

  @Test
  void storyParagraphsWithALinkAfterEachAreKept() {
    String page =
        HarbourStory.OPENING
            + teaser(
                "Ferry operators warned of the pier's state",
                "Ferry operators had warned for months that the pier could not take another winter"
                    + " without repairs, the harbour authority said.",
                "Read more")
            + HarbourStory.MIDDLE
            + teaser(
                "What the repairs will cost",
                "The repairs of the northern pier will cost about twelve million, which the fares"
                    + " and a grant of the region will pay for.",
                "Read more")
            + HarbourStory.CLOSING
            + teaser(
                "Pensioners keep their reduced fares",
                "Pensioners and students keep their reduced ferry fares, and the price of the"
                    + " monthly passes stays the same until April.",
                "Read more");
    String text = text(page);
    assertTrue(text.contains("could not take another winter without repairs, the"), text);
    assertTrue(text.contains("about twelve million"), text);
  }
}
