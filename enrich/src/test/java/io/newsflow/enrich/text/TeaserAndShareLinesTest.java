package io.newsflow.enrich.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.enrich.article.Extraction;
import org.junit.jupiter.api.Test;

/**
 * Page furniture between the story's paragraphs that the browser prints one piece a line: share
 * bars (one network a line, or a line of network names), teasers stamped with their age and video
 * teasers, and the story's reading time ({@link ShareBars}, {@link TeaserStamps}).
 */
class TeaserAndShareLinesTest {
  private static final TextCleaner CLEANER = TextCleaner.withDefaultRules();

  private static final String FIRST = HarbourStory.FIRST;
  private static final String SECOND = HarbourStory.SECOND;
  private static final String THIRD =
      "The repairs of the northern pier are to start in May and should be finished before the"
          + " autumn storms, the harbour master told the city council on Wednesday.\n\n";

  private static Extraction clean(String text) {
    return CLEANER.clean(text, null, SiteMemory.NONE).extraction();
  }

  private static void assertStory(Extraction ex) {
    assertTrue(ex.text().contains("northern pier."), ex.text());
    assertTrue(ex.text().contains("reduced ferry fares"), ex.text());
    assertTrue(ex.text().contains("autumn storms"), ex.text());
  }

  @Test
  void aShareBarOneNetworkALineIsChrome() {
    Extraction ex =
        clean(
            FIRST
                + "Facebook\n\nTwitter\n\nE-Mail\n\n"
                + SECOND
                + "bei Facebook teilen\n\nbei Telegram teilen\n\n"
                + THIRD);
    assertFalse(ex.text().contains("Facebook"), ex.text());
    assertFalse(ex.text().contains("Twitter"), ex.text());
    assertFalse(ex.text().contains("Telegram"), ex.text());
    assertStory(ex);
  }

  @Test
  void aLineOfNetworkNamesIsAShareBarOfItsOwn() {
    Extraction ex =
        clean(
            FIRST
                + "Facebook X LinkedIn WhatsApp Share via Email\n\n"
                + SECOND
                + "FacebookTwitterPinterest\n\n"
                + THIRD);
    assertFalse(ex.text().contains("LinkedIn"), ex.text());
    assertFalse(ex.text().contains("FacebookTwitter"), ex.text());
    assertStory(ex);
  }

  @Test
  void aNetworkNamedAloneStays() {
    Extraction ex = clean(FIRST + "Ferry fans on Facebook\n\n" + SECOND + "Facebook\n\n" + THIRD);
    assertTrue(ex.text().contains("Ferry fans on Facebook"), ex.text());
    assertStory(ex);
  }

  @Test
  void aTeaserStampedWithItsAgeIsChromeWithItsVideoLabel() {
    Extraction ex =
        clean(
            FIRST
                + "WATCH | Ferry crews at work on the damaged pier:\n\n"
                + "Crews race to mend the northern pier before spring\n\n"
                + "3 hours ago\n\n"
                + SECOND
                + "Stadtrat streitet über neue Fährpreise\n\n"
                + "•vor 2 Std.\n\n"
                + THIRD);
    assertFalse(ex.text().contains("WATCH"), ex.text());
    assertFalse(ex.text().contains("Crews race"), ex.text());
    assertFalse(ex.text().contains("hours ago"), ex.text());
    assertFalse(ex.text().contains("Stadtrat"), ex.text());
    assertFalse(ex.text().contains("vor 2"), ex.text());
    assertStory(ex);
  }

  @Test
  void theStorysOwnAgeOverItsFirstParagraphLeavesTheLineOverIt() {
    String lead =
        "The harbour authority pays for the repairs of the northern pier and the new waiting hall"
            + " at the southern landing stage with the money from the higher tickets";
    String text =
        "Ferry fares rise by nine percent\n\n"
            + lead
            + "\n\nUpdated 2 hours ago\n\n"
            + FIRST
            + SECOND
            + THIRD;
    String url = "https://dailypaper.example/2025/ferry-fares-rise-by-nine-percent";
    Extraction ex = CLEANER.clean(text, null, url, SiteMemory.NONE).extraction();
    assertEquals("Ferry fares rise by nine percent", ex.title());
    assertTrue(ex.text().contains("southern landing stage"), ex.text());
    assertStory(ex);
  }

  @Test
  void aVideoTeaserLineIsChrome() {
    Extraction ex = clean(FIRST + "Video | Storm floods the harbour road\n\n" + SECOND + THIRD);
    assertFalse(ex.text().contains("Storm floods"), ex.text());
    assertStory(ex);
  }

  @Test
  void theReadingTimeIsChrome() {
    Extraction ex =
        clean(
            "Ferry fares rise by nine percent\n\n"
                + "Jane Roe 4 minute read\n\n"
                + FIRST
                + "Temps de lecture 3 min.\n\n"
                + SECOND
                + "3 Min Lesezeit\n\n"
                + THIRD);
    assertFalse(ex.text().contains("minute read"), ex.text());
    assertFalse(ex.text().contains("lecture"), ex.text());
    assertFalse(ex.text().contains("Lesezeit"), ex.text());
    assertStory(ex);
  }

  @Test
  void aLabelledTeaserBetweenTheParagraphsIsChromeAndTheStoryGoesOn() {
    Extraction ex =
        clean(
            FIRST
                + "Lest auch\n\n"
                + "Neue Fähre für den Nordhafen: Was die Werft jetzt plant\n\n"
                + "Die Werft am Nordhafen baut bis zum Sommer eine neue Fähre für die Linie"
                + " zwischen den beiden Anlegern...\n\n"
                + SECOND
                + "READ NEXT: Storm damage closes the coastal road for a week\n\n"
                + THIRD);
    assertFalse(ex.text().contains("Lest auch"), ex.text());
    assertFalse(ex.text().contains("Neue Fähre"), ex.text());
    assertFalse(ex.text().contains("Die Werft"), ex.text());
    assertFalse(ex.text().contains("Storm damage"), ex.text());
    assertStory(ex);
  }

  @Test
  void aVideoTeasersLengthUnderItsTitleIsChromeWithTheTitle() {
    Extraction ex =
        clean(
            FIRST
                + "Crews race to mend the northern pier before spring\n\n"
                + "02:45 min\n\n"
                + SECOND
                + "Der Hafenmeister im Gespräch über die neuen Fährpreise\n\n"
                + "48:10\n\n"
                + THIRD);
    assertFalse(ex.text().contains("Crews race"), ex.text());
    assertFalse(ex.text().contains("02:45"), ex.text());
    assertFalse(ex.text().contains("Hafenmeister"), ex.text());
    assertFalse(ex.text().contains("48:10"), ex.text());
    assertStory(ex);
  }

  @Test
  void theStorysToolButtonsAreChrome() {
    Extraction ex =
        clean(
            FIRST
                + "Drucken\n\n0:00 Anhören\n\n"
                + SECOND
                + "Listen to this article\n\nAnnonsørinnhold\n\n"
                + THIRD
                + "Zur Startseite\n\n");
    assertFalse(ex.text().contains("Drucken"), ex.text());
    assertFalse(ex.text().contains("Anhören"), ex.text());
    assertFalse(ex.text().contains("Listen"), ex.text());
    assertFalse(ex.text().contains("Annonsør"), ex.text());
    assertFalse(ex.text().contains("Startseite"), ex.text());
    assertStory(ex);
  }

  @Test
  void aVideoPlayersAndAGallerysLinesAreChrome() {
    Extraction ex =
        clean(
            FIRST
                + "Video\n\nPlayer wird geladen\n\n"
                + SECOND
                + "Open this photo in gallery:\n\n"
                + "Ad block users: parts of this page may not work while an ad blocker is enabled.\n\n"
                + THIRD);
    assertFalse(ex.text().contains("Video"), ex.text());
    assertFalse(ex.text().contains("Player"), ex.text());
    assertFalse(ex.text().contains("gallery"), ex.text());
    assertFalse(ex.text().contains("ad blocker"), ex.text());
    assertStory(ex);
  }

  @Test
  void aVideoLabelRunIntoItsTitleOrClosingItMakesAVideoTeaser() {
    Extraction ex =
        clean(
            FIRST
                + "Watch NowDivers inspect the pier's pillars after the winter storms.\n\n"
                + SECOND
                + "Storm waves break over the harbour wall – video\n\n"
                + THIRD);
    assertFalse(ex.text().contains("Divers inspect"), ex.text());
    assertFalse(ex.text().contains("Storm waves"), ex.text());
    assertStory(ex);
  }
}
