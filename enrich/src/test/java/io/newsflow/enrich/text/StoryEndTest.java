package io.newsflow.enrich.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.enrich.article.Extraction;
import org.junit.jupiter.api.Test;

/**
 * A related head with a list of headlines after the story's body ends the story when what follows
 * is about something else (the next story of an endless page, a live ticker), and not when the
 * story goes on after a box of links.
 */
class StoryEndTest {
  private static final TextCleaner CLEANER = TextCleaner.withDefaultRules();

  private static final String STORY = HarbourStory.WHOLE;

  private static final String HEADLINES =
      "Related stories\n\n"
          + "City library extends its opening hours on weekends\n\n"
          + "Local football club names a new head coach for the season\n\n"
          + "Two new cycle lanes planned along the river promenade\n\n";

  @Test
  void anotherStoryAfterTheListIsNotTheArticle() {
    String other =
        "The regional orchestra announced its programme for the autumn season, with seven concerts"
            + " of music by composers from the north, and a festival of chamber music in October.";
    Extraction ex = CLEANER.clean(STORY + HEADLINES + other, null, SiteMemory.NONE).extraction();
    assertTrue(ex.text().contains("transport committee approved"), ex.text());
    assertFalse(ex.text().contains("regional orchestra"), ex.text());
    assertFalse(ex.text().contains("City library"), ex.text());
  }

  @Test
  void theStoryGoingOnAfterABoxOfLinksIsKept() {
    String more =
        "The harbour authority also said that the ferry timetable will change while the northern"
            + " pier is repaired, with fewer ferries at night and more in the morning rush.";
    Extraction ex = CLEANER.clean(STORY + HEADLINES + more, null, SiteMemory.NONE).extraction();
    assertTrue(ex.text().contains("fewer ferries at night"), ex.text());
  }

  @Test
  void teasersWithTheirSummariesAfterTheStoryAreNotTheArticle() {
    String teasers =
        "Related coverage\n\n"
            + "City library extends its opening hours on weekends\n\n"
            + "From next month the central library stays open until eight in the evening on Saturdays"
            + " and Sundays, after a survey of readers asked for longer hours at the weekend.\n\n"
            + "Local football club names a new head coach for the season\n\n"
            + "The club chose a former player who coached the youth team for six years, and who"
            + " promised an attacking style of play and more chances for the young players.\n\n"
            + "Will the new cycle lanes along the river promenade be ready?\n\n"
            + "Work on the two new cycle lanes starts in May, but the planners said that the last"
            + " part near the old bridge may have to wait until the bridge itself is repaired.\n\n";
    Extraction ex = CLEANER.clean(STORY + teasers, null, SiteMemory.NONE).extraction();
    assertTrue(ex.text().contains("keep their price until they run out"), ex.text());
    assertFalse(ex.text().contains("central library stays open"), ex.text());
    assertFalse(ex.text().contains("attacking style"), ex.text());
    assertFalse(ex.text().contains("old bridge"), ex.text());
  }

  @Test
  void aShortParagraphOnTheStorysSubjectAfterABoxOfLinksIsKept() {
    String box =
        "Related stories\n\n"
            + "City library extends its opening hours on weekends\n\n"
            + "The repairs of the ferry pier start in May and end in September, the harbour"
            + " authority said.\n\n";
    Extraction ex = CLEANER.clean(STORY + box, null, SiteMemory.NONE).extraction();
    assertTrue(ex.text().contains("end in September"), ex.text());
  }

  @Test
  void aHeadOfOtherStoriesThatNoBlockPhraseKnowsEndsTheStoryToo() {
    String other =
        "The regional orchestra announced its programme for the autumn season, with seven concerts"
            + " of music by composers from the north, and a festival of chamber music in October.";
    String list = HEADLINES.replace("Related stories", "Top stories");
    Extraction ex = CLEANER.clean(STORY + list + other, null, SiteMemory.NONE).extraction();
    assertTrue(ex.text().contains("transport committee approved"), ex.text());
    assertFalse(ex.text().contains("regional orchestra"), ex.text());
  }
}
