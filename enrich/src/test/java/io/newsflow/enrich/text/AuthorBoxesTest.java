package io.newsflow.enrich.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.enrich.article.Extraction;
import org.junit.jupiter.api.Test;

/**
 * An author's box after the story (name, role, a bio that names them again off the story's subject)
 * is chrome; a person the story is about, under a name line with or without a line after it, is the
 * story's.
 */
class AuthorBoxesTest {
  private static final TextCleaner CLEANER = TextCleaner.withDefaultRules();

  private static final String URL = "https://news.example.com/2024/05/14/harbour-ferry-fares/";

  private static final String BIO =
      "A former ship's engineer and prize-winning writer, Marta has written about transport"
          + " since trams still ran on coal and a timetable was printed once a year.";

  private static final String SECOND_BIO =
      "Marta Kowalczyk also teaches reporting at the college of journalism and sings in a choir"
          + " on weekends.";

  private static Extraction clean(String page) {
    return CLEANER.clean(page, null, URL, SiteMemory.NONE).extraction();
  }

  @Test
  void anAuthorsBoxAfterTheStoryIsChrome() {
    String page =
        "Home\n\nNews\n\n"
            + HarbourStory.WHOLE
            + "Marta Kowalczyk\n\nTransport Editor\n\n"
            + BIO
            + "\n\n"
            + SECOND_BIO
            + "\n\nLeave a comment\n\n";
    Extraction ex = clean(page);
    assertTrue(ex.text().contains("The new fares take effect"), ex.text());
    assertTrue(ex.text().contains("The harbour authority said on Tuesday"), ex.text());
    assertFalse(ex.text().contains("prize-winning"), ex.text());
    assertFalse(ex.text().contains("sings in a choir"), ex.text());
    assertFalse(ex.text().contains("Transport Editor"), ex.text());
  }

  @Test
  void aPersonTheStoryIsAboutStays() {
    String portrait =
        "Pier workers\n\nOlaf Brandt\n\nHarbour pilot\n\n"
            + "Olaf Brandt has guided ships into the port for twenty years and remembers every"
            + " storm that damaged the northern pier since he started.\n\n"
            + "Brandt said the repairs were long overdue and that the pilots had asked for them"
            + " for years before the authority agreed to the new fares.\n\n";
    Extraction ex = clean("Home\n\n" + HarbourStory.OPENING + HarbourStory.MIDDLE + portrait);
    assertTrue(ex.text().contains("has guided ships into the port"), ex.text());
    assertTrue(ex.text().contains("long overdue"), ex.text());
  }

  @Test
  void aNameOverAParagraphAboutThePersonWithoutARoleStays() {
    String portrait =
        "Olaf Brandt\n\n"
            + "A pilot for twenty years, Olaf remembers every storm that damaged the northern pier"
            + " and every winter the ferries had to stay in the southern port.\n\n";
    Extraction ex = clean("Home\n\n" + HarbourStory.OPENING + HarbourStory.MIDDLE + portrait);
    assertTrue(ex.text().contains("A pilot for twenty years"), ex.text());
  }

  private static final String GAZETTE_URL = "https://www.harbourgazette.co.uk/news/ferry-fares";

  @Test
  void aContactLineNamingTheAuthorUnderTheirBioIsChrome() {
    String page =
        "Home\n\nNews\n\n"
            + HarbourStory.WHOLE
            + "Marta Kowalczyk\n\n"
            + "Marta Kowalczyk is a reporter for the Harbour Gazette. Follow her on Mastodon\n\n"
            + "You can write to Marta Kowalczyk here, and read more of her columns here.\n\n";
    Extraction ex = CLEANER.clean(page, null, GAZETTE_URL, SiteMemory.NONE).extraction();
    assertFalse(ex.text().contains("You can write to"), ex.text());
    assertFalse(ex.text().contains("is a reporter for"), ex.text());
    assertTrue(ex.text().contains("The new fares take effect"), ex.text());
  }

  @Test
  void anAdBlockerNoticeIsFinePrint() {
    String notice =
        "Ad block users: some features of this site may not work while an ad blocker is"
            + " enabled. If you cannot see the comments, please disable your ad blocker.";
    String page = "Home\n\nNews\n\n" + HarbourStory.WHOLE + notice + "\n\n";
    Extraction ex = clean(page);
    assertFalse(ex.text().contains("Ad block users"), ex.text());
    assertTrue(ex.text().contains("The new fares take effect"), ex.text());
  }

  @Test
  void anAppealAfterTheStoryIsTheSitesThoughItsOfferLineSharesItsWords() {
    String offer = "Printed edition trial: two weeks, delivered every morning";
    String appeal =
        "Stay informed with the Harbour Gazette and its printed edition: two weeks free trial,"
            + " delivered every morning.";
    String page =
        "Home\n\nNews\n\n" + HarbourStory.WHOLE + offer + "\n\n" + appeal + "\n\nImprint\n\n";
    Extraction ex = CLEANER.clean(page, null, GAZETTE_URL, SiteMemory.NONE).extraction();
    assertFalse(ex.text().contains("Stay informed"), ex.text());
    assertTrue(ex.text().contains("The new fares take effect"), ex.text());
  }

  /** Other stories' teasers, each a headline and a summary of a sentence. */
  private static final String TEASERS =
      "Tram line to the airport delayed again\n\n"
          + "The council blames the supplier of the new tracks for the third delay this year.\n\n"
          + "Bridge tolls stay the same in summer\n\n"
          + "Drivers will pay what they paid last year, the bridge company said on Friday.\n\n"
          + "Try the morning edition for a month\n\n";

  @Test
  void theStoryEndsAtItsAuthorsBox() {
    String page =
        "Home\n\nNews\n\n"
            + HarbourStory.WHOLE
            + "Marta Kowalczyk\n\nTransport Editor\n\n"
            + BIO
            + "\n\nTopics #Ferries #Harbour\n\n"
            + TEASERS;
    Extraction ex = clean(page);
    assertTrue(ex.text().contains("The new fares take effect"), ex.text());
    assertFalse(ex.text().contains("prize-winning"), ex.text());
    assertFalse(ex.text().contains("Tram line to the airport"), ex.text());
    assertFalse(ex.text().contains("Drivers will pay"), ex.text());
    assertFalse(ex.text().contains("Topics #Ferries"), ex.text());
  }

  @Test
  void aBoxInTheSitesWordsEndsTheStoryToo() {
    String page =
        "Home\n\nNews\n\n"
            + HarbourStory.WHOLE
            + "Marta Kowalczyk\n\nTransport Editor\n\n"
            + "With the Harbour Gazette since 2019, writing on trains, trams and ferries.\n\n"
            + TEASERS;
    Extraction ex = CLEANER.clean(page, null, GAZETTE_URL, SiteMemory.NONE).extraction();
    assertTrue(ex.text().contains("The new fares take effect"), ex.text());
    assertFalse(ex.text().contains("Transport Editor"), ex.text());
    assertFalse(ex.text().contains("Tram line to the airport"), ex.text());
  }

  @Test
  void theStoryGoesOnAfterABoxInItsMiddle() {
    String page =
        "Home\n\nNews\n\n"
            + HarbourStory.OPENING
            + HarbourStory.MIDDLE
            + "Night ferries will run twice an hour during the repairs, and the last ferry from the"
            + " southern pier leaves at midnight on weekdays and at two on weekends.\n\n"
            + "Marta Kowalczyk\n\nTransport Editor\n\n"
            + BIO
            + "\n\n"
            + "The harbour authority said the ferry fares for pensioners and students will be"
            + " reviewed again in autumn, once the repairs of the northern pier are finished.\n\n"
            + HarbourStory.CLOSING;
    Extraction ex = clean(page);
    assertFalse(ex.text().contains("prize-winning"), ex.text());
    assertTrue(ex.text().contains("reviewed again in autumn"), ex.text());
    assertTrue(ex.text().contains("The new fares take effect"), ex.text());
  }
}
