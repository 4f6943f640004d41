package io.newsflow.enrich.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.enrich.article.Extraction;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The headline of a text page: the heading that holds most of the URL slug's words, wherever the
 * page's chrome has put it; without a slug, the heading that names the story's subject, else the
 * heading just before the first paragraph.
 */
class HeadlineTest {
  private static final TextCleaner CLEANER = TextCleaner.withDefaultRules();

  private static final String HEADLINE = "Harbour ferry fares to rise by nine percent in spring";

  /**
   * The headline, then a share bar, a date, a caption and its credit before the first paragraph.
   */
  private static final String PAGE =
      "Home\n\nNews\n\n"
          + HEADLINE
          + "\n\nShare on Facebook\n\nShare on X\n\nPublished 3 hours ago\n\n"
          + "Passengers wait for the first ferry of the morning at the southern pier\n\n"
          + "Five minute read\n\n"
          + "Write a comment\n\n"
          + "Listen to this article\n\n"
          + "Ferries at the quay\n\n"
          + HarbourStory.WHOLE.substring(HarbourStory.WHOLE.indexOf("The harbour authority"));

  @Test
  void theHeadingHoldingTheSlugsWordsIsTheHeadline() {
    String url =
        "https://news.example.com/2024/05/14/harbour-ferry-fares-rise-nine-percent-spring/";
    Extraction ex = CLEANER.clean(PAGE, null, url, SiteMemory.NONE).extraction();
    assertEquals(HEADLINE, ex.title());
    assertFalse(ex.text().contains(HEADLINE), ex.text());
    assertTrue(ex.text().contains("The harbour authority said"), ex.text());
  }

  @Test
  void aSlugInAnotherSpellingOfUmlautsFindsTheHeadlineToo() {
    String page =
        "Nachrichten\n\nFährpreise am Hafen steigen im Frühjahr um neun Prozent\n\n"
            + "Teilen\n\nVor 3 Stunden\n\nFotostrecke ansehen\n\nArtikel vorlesen\n\nHören\n\n"
            + "Kommentare lesen\n\nMehr zum Thema\n\n"
            + "Die Hafenbehörde hat am Dienstag mitgeteilt, dass die Preise der Fähren im Frühjahr"
            + " um neun Prozent steigen, zum ersten Mal seit vier Jahren, um die Reparatur des"
            + " nördlichen Piers zu bezahlen.\n\n";
    String url =
        "https://zeitung.example.de/lokales/faehrpreise-am-hafen-steigen-im-fruehjahr-100.html";
    Extraction ex = CLEANER.clean(page, null, url, SiteMemory.NONE).extraction();
    assertEquals("Fährpreise am Hafen steigen im Frühjahr um neun Prozent", ex.title());
  }

  @Test
  void withoutASlugTheHeadingJustBeforeTheFirstParagraphIsTheHeadline() {
    String page = "Home\n\n" + HarbourStory.WHOLE;
    Extraction ex =
        CLEANER
            .clean(page, null, "https://news.example.com/a/123456", SiteMemory.NONE)
            .extraction();
    assertEquals("Harbour ferry fares to rise in spring", ex.title());
  }

  @Test
  void aSlugOfOtherWordsLeavesTheChoiceToThePage() {
    String page = "Home\n\n" + HarbourStory.WHOLE;
    String url = "https://news.example.com/sport/local-club-names-new-coach";
    Extraction ex = CLEANER.clean(page, null, url, SiteMemory.NONE).extraction();
    assertEquals("Harbour ferry fares to rise in spring", ex.title());
  }

  @Test
  void withoutASlugTheHeadingThatNamesTheStorysSubjectIsTheHeadline() {
    // the headline, then chrome shaped like headings: the nearest heading is no headline
    Extraction ex =
        CLEANER
            .clean(PAGE, null, "https://news.example.com/a/123456", SiteMemory.NONE)
            .extraction();
    assertEquals(HEADLINE, ex.title());
    assertFalse(ex.text().contains(HEADLINE), ex.text());
  }

  @Test
  void bylinesWithTheAuthorsHandleAreNoLead() {
    String page =
        HEADLINE
            + "\n\nby Jane Roe @janeroe May 14, 2024: 9:41 AM ET\n\n"
            + "Share on Facebook\n\n"
            + HarbourStory.WHOLE.substring(HarbourStory.WHOLE.indexOf("The harbour authority"));
    Extraction ex =
        CLEANER
            .clean(page, null, "https://news.example.com/a/123456", SiteMemory.NONE)
            .extraction();
    assertEquals(List.of("Jane Roe"), ex.authors());
    assertFalse(ex.text().contains("@janeroe"), ex.text());
  }
}
