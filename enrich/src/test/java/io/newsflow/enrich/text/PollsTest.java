package io.newsflow.enrich.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.enrich.article.Extraction;
import org.junit.jupiter.api.Test;

/**
 * A reader poll between the story's paragraphs (a question over short answers, one a line or glued
 * into one line) is chrome; a question the story answers, or one over a list it introduces with a
 * colon, is the story's.
 */
class PollsTest {
  private static final TextCleaner CLEANER = TextCleaner.withDefaultRules();

  private static final String URL = "https://news.example.com/2024/05/14/harbour-ferry-fares/";

  private static Extraction clean(String middle) {
    return CLEANER.clean(HarbourStory.pageWith(middle), null, URL, SiteMemory.NONE).extraction();
  }

  @Test
  void aPollBetweenTheParagraphsIsChrome() {
    Extraction ex =
        clean(
            "How do you cross the harbour most days?\n\n"
                + "By ferry.\n\n"
                + "On the bridge by car.\n\n"
                + "I walk around the bay.\n\n"
                + "I never cross it.\n\n");
    assertFalse(ex.text().contains("How do you cross"), ex.text());
    assertFalse(ex.text().contains("I walk around the bay."), ex.text());
    assertTrue(ex.text().contains("The council's transport committee"), ex.text());
    assertTrue(ex.text().contains("The repairs of the northern pier"), ex.text());
  }

  @Test
  void answersTheBrowserGluedIntoOneLineAreAPollToo() {
    Extraction ex =
        clean(
            "Should the fares rise at all?\n\n"
                + "Yes, the pier needs it.No, the city should pay.Only for tourists.I don't know.\n\n");
    assertFalse(ex.text().contains("Should the fares rise"), ex.text());
    assertFalse(ex.text().contains("Only for tourists"), ex.text());
    assertTrue(ex.text().contains("The council's transport committee"), ex.text());
  }

  @Test
  void aQuestionOverTheStorysListStays() {
    Extraction ex =
        clean(
            "What changes for passengers?\n\n"
                + "The new fares include:\n\n"
                + "Monthly passes\n\n"
                + "Single tickets\n\n"
                + "Bicycle tickets\n\n");
    assertTrue(ex.text().contains("What changes for passengers?"), ex.text());
    assertTrue(ex.text().contains("Bicycle tickets"), ex.text());
  }
}
