package io.newsflow.enrich.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.enrich.article.Extraction;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A line printed twice close together (the headline over the story and again as its title) is an
 * echo and kept once; lines that differ only in their number are a numbered series, all kept.
 */
class EchoTest {
  private static final TextCleaner CLEANER = TextCleaner.withDefaultRules();

  private static final String PARAGRAPH =
      "The harbour authority said on Tuesday that ferry fares will rise by nine percent in spring,"
          + " the first increase in four years, to pay for the repairs of the northern pier.\n\n";

  private static final String OFFER =
      "Unlimited online access to the Harbour Herald and ten other papers with one account.\n\n"
          + "The Harbour Herald in print, delivered to your door every morning before seven.\n\n"
          + "Daily puzzles and comics, including the weekend crossword.\n\n";

  @Test
  void aBoxOfSentencesPrintedTwiceIsChromeAndDoesNotSplitTheStory() {
    String text =
        HarbourStory.OPENING
            + "SUBSCRIBE TO READ ON\n\n"
            + OFFER
            + "REGISTER TO READ ON\n\n"
            + OFFER
            + HarbourStory.MIDDLE
            + HarbourStory.CLOSING;
    Extraction ex = CLEANER.clean(text, null, SiteMemory.NONE).extraction();
    assertFalse(ex.text().contains("Unlimited online access"), ex.text());
    assertFalse(ex.text().contains("Daily puzzles"), ex.text());
    assertTrue(ex.text().contains("ferry fares will rise by nine percent"), ex.text());
    assertTrue(ex.text().contains("keep their price until they run out"), ex.text());
  }

  @Test
  void aStoryPrintedTwiceIsNoBox() {
    StringBuilder story = new StringBuilder();
    for (String stop : List.of("north", "south", "east", "west", "old town", "island", "docks")) {
      story
          .append("From May on, the morning ferry to the ")
          .append(stop)
          .append(" pier leaves ten minutes earlier, the harbour authority said.\n\n");
    }
    String page = story + "Print version\n\n" + story;
    Extraction ex = CLEANER.clean(page, null, SiteMemory.NONE).extraction();
    assertTrue(ex.text().contains("ferry to the island pier"), ex.text());
  }

  @Test
  void linksUnderOneKickerThreeTimesAreTeasers() {
    String text =
        PARAGRAPH
            + "HARBOUR WEEK | City library extends its opening hours on weekends\n\n"
            + "HARBOUR WEEK | Local football club names a new head coach\n\n"
            + PARAGRAPH.replace("Tuesday", "Wednesday")
            + "HARBOUR WEEK | Two new cycle lanes planned along the river promenade\n\n"
            + PARAGRAPH.replace("Tuesday", "Friday");
    Extraction ex = CLEANER.clean(text, null, SiteMemory.NONE).extraction();
    assertFalse(ex.text().contains("HARBOUR WEEK"), ex.text());
    assertTrue(ex.text().contains("on Friday"), ex.text());
  }

  @Test
  void theSummariesUnderTeasersOfOneKickerAreTeasersToo() {
    String text =
        HarbourStory.OPENING
            + "HARBOUR WEEK | City library extends its opening hours on weekends\n\n"
            + "The library will open on Saturdays and Sundays from ten until six from May on.\n\n"
            + "Culture\n\n2 hours ago\n\n"
            + "HARBOUR WEEK | Local football club names a new head coach\n\n"
            + "The former captain returns to lead the first team after five years abroad.\n\n"
            + "Sport\n\n3 hours ago\n\n"
            + "HARBOUR WEEK | Two new cycle lanes planned along the river promenade\n\n"
            + "Sport\n\n5 hours ago\n\n"
            + HarbourStory.MIDDLE
            + HarbourStory.CLOSING;
    Extraction ex = CLEANER.clean(text, null, SiteMemory.NONE).extraction();
    assertFalse(ex.text().contains("library will open"), ex.text());
    assertFalse(ex.text().contains("former captain"), ex.text());
    assertTrue(ex.text().contains("ferry fares will rise"), ex.text());
    assertTrue(ex.text().contains("keep their price until they run out"), ex.text());
  }

  @Test
  void aParagraphOfTheStoryBetweenTeasersOfOneKickerIsKept() {
    String text =
        PARAGRAPH
            + "HARBOUR WEEK | City library extends its opening hours on weekends\n\n"
            + "HARBOUR WEEK | Local football club names a new head coach\n\n"
            + PARAGRAPH.replace("Tuesday", "Wednesday")
            + "HARBOUR WEEK | Two new cycle lanes planned along the river promenade\n\n"
            + PARAGRAPH.replace("Tuesday", "Friday");
    Extraction ex = CLEANER.clean(text, null, SiteMemory.NONE).extraction();
    assertTrue(ex.text().contains("on Wednesday"), ex.text());
  }

  @Test
  void aKickerOverTwoSubHeadsIsKept() {
    String text =
        PARAGRAPH
            + "Q&A | What commuters will pay for the ferry from April on\n\n"
            + PARAGRAPH.replace("Tuesday", "Wednesday")
            + "Q&A | When the repairs of the northern pier start and end\n\n"
            + PARAGRAPH.replace("Tuesday", "Friday");
    Extraction ex = CLEANER.clean(text, null, SiteMemory.NONE).extraction();
    assertTrue(ex.text().contains("Q&A | When the repairs"), ex.text());
  }

  @Test
  void stepsNumberedOneAfterAnotherAreAllKept() {
    String text =
        PARAGRAPH
            + "Step 1 of the repairs\n\nThe old planks come off.\n\n"
            + "Step 2 of the repairs\n\nThe new planks go on.\n\n"
            + PARAGRAPH.replace("Tuesday", "Friday");
    Extraction ex = CLEANER.clean(text, null, SiteMemory.NONE).extraction();
    assertTrue(ex.text().contains("Step 1 of the repairs"), ex.text());
    assertTrue(ex.text().contains("Step 2 of the repairs"), ex.text());
  }

  @Test
  void aNumberedSeriesOfThreeOrMoreIsNoRepeatedChrome() {
    String text =
        PARAGRAPH
            + "Schritt 1\n\nDie alten Planken werden abgenommen, damit der Anleger trocknen kann.\n\n"
            + "Schritt 2\n\nDie neuen Planken werden aus Eiche gesägt und gestrichen.\n\n"
            + "Schritt 3\n\nDie neuen Planken werden auf die Träger geschraubt.\n\n"
            + PARAGRAPH.replace("Tuesday", "Friday");
    Extraction ex = CLEANER.clean(text, null, SiteMemory.NONE).extraction();
    assertTrue(ex.text().contains("Schritt 1"), ex.text());
    assertTrue(ex.text().contains("Schritt 3"), ex.text());
  }

  @Test
  void aNumberPrintedThriceOutOfOrderIsStillRepeatedChrome() {
    String text =
        PARAGRAPH
            + "Harbour news 12\n\n"
            + PARAGRAPH.replace("Tuesday", "Monday")
            + "Harbour news 12\n\n"
            + PARAGRAPH.replace("Tuesday", "Friday")
            + "Harbour news 12\n\n"
            + PARAGRAPH.replace("Tuesday", "Sunday");
    Extraction ex = CLEANER.clean(text, null, SiteMemory.NONE).extraction();
    assertFalse(ex.text().contains("Harbour news"), ex.text());
  }

  @Test
  void aLinePrintedTwiceIsKeptOnce() {
    String text =
        PARAGRAPH
            + "The northern pier in numbers\n\nThe northern pier in numbers\n\n"
            + PARAGRAPH.replace("Tuesday", "Friday");
    Extraction ex = CLEANER.clean(text, null, SiteMemory.NONE).extraction();
    assertEquals(1, ex.text().split("northern pier in numbers", -1).length - 1, ex.text());
  }
}
