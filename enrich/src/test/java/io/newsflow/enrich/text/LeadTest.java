package io.newsflow.enrich.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.enrich.article.Extraction;
import org.junit.jupiter.api.Test;

/**
 * The story's lead (standfirst) right under the headline is the story's, though the page's chrome
 * (a byline, a date, share buttons, a photo and its caption) sets it apart from the first
 * paragraph; a caption or a line off the story's subject under the headline is not.
 */
class LeadTest {
  private static final TextCleaner CLEANER = TextCleaner.withDefaultRules();

  private static final String HEADLINE = "Harbour ferry fares to rise by nine percent in spring";

  private static final String URL =
      "https://news.example.com/2024/05/14/harbour-ferry-fares-rise-nine-percent-spring/";

  /** The chrome between the lead and the first paragraph. */
  private static final String CHROME =
      "By Jane Roe\n\nPublished 3 hours ago\n\nShare on Facebook\n\nShare on X\n\nCopy link\n\n"
          + "Listen to this article\n\n"
          + "Passengers wait for the first ferry of the morning.\n\n"
          + "Photo: John Doe\n\n";

  private static final String STORY =
      HarbourStory.WHOLE.substring(HarbourStory.WHOLE.indexOf("The harbour authority"));

  private static Extraction clean(String underHeadline) {
    String page = "Home\n\nNews\n\n" + HEADLINE + "\n\n" + underHeadline + "\n\n" + CHROME + STORY;
    return CLEANER.clean(page, null, URL, SiteMemory.NONE).extraction();
  }

  @Test
  void aLeadSentenceUnderTheHeadlineIsTheStorys() {
    String lead =
        "Commuters face the first increase in four years as the northern pier needs repairs"
            + " after the winter storms.";
    Extraction ex = clean(lead);
    assertEquals(HEADLINE, ex.title());
    assertTrue(ex.text().startsWith(lead), ex.text());
    assertTrue(ex.text().contains("The harbour authority said"), ex.text());
    assertFalse(ex.text().contains("Share on"), ex.text());
    assertFalse(ex.text().contains("Listen to this article"), ex.text());
  }

  @Test
  void aLeadWithoutAFullStopIsTheStorysToo() {
    String lead =
        "Commuters face the first increase in four years as the northern pier needs repairs"
            + " after the winter storms";
    Extraction ex = clean(lead);
    assertTrue(ex.text().startsWith(lead), ex.text());
    assertFalse(ex.markdown().contains("## " + lead), ex.markdown());
  }

  @Test
  void aCaptionWhoseCreditThePagePrintsAgainIsNoLead() {
    String caption =
        "Commuters queue for the ferry at the southern pier in the winter storms - Copyright Jane"
            + " Roe/Harbour Press\n\nCopyright Jane Roe/Harbour Press";
    Extraction ex = clean(caption);
    assertFalse(ex.text().contains("Commuters queue"), ex.text());
    assertTrue(ex.text().contains("The harbour authority said"), ex.text());
  }

  @Test
  void aLineOffTheStorysSubjectUnderTheHeadlineIsNoLead() {
    String other =
        "Our editors answered readers' questions about theatre tickets and museum opening hours"
            + " during a live chat on Monday evening.";
    Extraction ex = clean(other);
    assertFalse(ex.text().contains("live chat"), ex.text());
    assertTrue(ex.text().contains("The harbour authority said"), ex.text());
  }

  @Test
  void aLeadFarAboveTheStoryIsNot() {
    String lead =
        "Commuters face the first increase in four years as the northern pier needs repairs"
            + " after the winter storms.";
    StringBuilder menu = new StringBuilder();
    for (String item : "Sport Weather Culture Travel Money Opinion Video Podcasts".split(" ")) {
      menu.append(item).append("\n\n");
    }
    String page = "Home\n\n" + HEADLINE + "\n\n" + lead + "\n\n" + menu + CHROME + STORY;
    Extraction ex = CLEANER.clean(page, null, URL, SiteMemory.NONE).extraction();
    assertFalse(ex.text().contains("Commuters face"), ex.text());
  }
}
