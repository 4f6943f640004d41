package io.newsflow.enrich.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Lines without sentence punctuation at their end do not pay for their line in the search for the
 * article, unless they are as long as a paragraph or typed as a list's items: a list of other
 * stories' headlines after the story is left out without any head naming it.
 */
class UnpunctuatedLinesTest {
  private static final TextCleaner CLEANER = TextCleaner.withDefaultRules();

  private static String text(String page) {
    return CLEANER.clean(page, null, SiteMemory.NONE).extraction().text();
  }

  @Test
  void headlinesOfOtherStoriesAfterTheStoryAreNotTheArticle() {
    String headlines =
        "City library extends its opening hours on weekends after a survey of its readers\n\n"
            + "Local football club names a former youth coach as its new head coach\n\n"
            + "Two new cycle lanes planned along the river promenade before the summer\n\n"
            + "Regional orchestra presents seven concerts of northern composers this autumn\n\n";
    String text = text(HarbourStory.WHOLE + headlines);
    assertTrue(text.contains("keep their price until they run out"), text);
    assertFalse(text.contains("City library"), text);
    assertFalse(text.contains("cycle lanes"), text);
  }

  @Test
  void aParagraphAsLongAsProseIsKeptWithoutItsFullStop() {
    String unpunctuated =
        "The harbour authority will publish the new timetable on its website and in the ferry"
            + " terminals two weeks before the fares change so that commuters can plan their"
            + " journeys\n\n";
    String text = text(HarbourStory.OPENING + unpunctuated + HarbourStory.MIDDLE);
    assertTrue(text.contains("plan their journeys"), text);
  }

  @Test
  void theItemsOfATypedListAreKept() {
    String changes =
        "The new version of the timetable app brings the following changes for ferry passengers,"
            + " as the harbour authority announced on Tuesday.\n\n"
            + "+ Added departures of the night ferries\n"
            + "+ Added the fares of the monthly passes\n"
            + "* Tickets can now be bought in the app for the whole family\n"
            + "* The map of the southern pier shows the new waiting rooms\n"
            + "- Removed the old timetable of the northern pier\n";
    String text = text(changes);
    assertTrue(text.contains("Added departures of the night ferries"), text);
    assertTrue(text.contains("Removed the old timetable"), text);
  }

  @Test
  void sentencesEndInThePunctuationOfOtherScriptsAndBeforeFootnoteMarks() {
    assertTrue(TextSplitter.endsSentence("هل سترتفع أسعار العبارات في الربيع؟"));
    assertTrue(TextSplitter.endsSentence("बंदरगाह प्राधिकरण ने मंगलवार को यह कहा।"));
    assertTrue(TextSplitter.endsSentence("「運賃が上がる。」"));
    assertFalse(TextSplitter.endsSentence("港のフェリー運賃が上がる"));
    assertTrue(TextSplitter.endsSentence("The fares rise in spring.[12]"));
    assertTrue(TextSplitter.endsSentence("The fares rise in spring.[a][3]"));
    assertFalse(TextSplitter.endsSentence("Harbour ferry fares [updated]"));
  }

  @Test
  void theFootnotesOfAWikiAreTypedListItemsToo() {
    String notes =
        "References\n\n"
            + "^ Roe, Jane (12 May 2015). \"Harbour ferries of the north and their piers\"\n"
            + "^ Doe, John (3 June 2016). \"Why ferry fares rise in spring and fall in autumn\"\n";
    String text = text(HarbourStory.WHOLE + notes);
    assertTrue(text.contains("Harbour ferries of the north"), text);
    assertTrue(text.contains("Why ferry fares rise"), text);
  }

  @Test
  void aSentenceWithANoteAfterItIsASentence() {
    String text = text(HarbourStory.OPENING + "新票价将于四月一日起实行。（编译/王小明）\n\n");
    assertTrue(text.contains("新票价将于四月一日起实行"), text);
  }

  @Test
  void aCaptionEndingInItsPhotoCreditIsNoSentenceWithANote() {
    String text =
        text(HarbourStory.OPENING + "Ferries wait at the southern pier. (AP Photo/Jane Roe)\n\n");
    assertFalse(text.contains("Ferries wait"), text);
  }
}
