package io.newsflow.enrich.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.enrich.rules.BoilerplateRules;
import org.junit.jupiter.api.Test;

/** Whether a line speaks to the reader, by its second-person words in several languages. */
class ReaderAddressTest {
  private static final ReaderAddress ADDRESS =
      new ReaderAddress(
          BoilerplateRules.fromClasspath(BoilerplateRules.DEFAULT_RESOURCE)
              .textPages()
              .readerWords());

  @Test
  void secondPersonWordsSpeakToTheReader() {
    assertTrue(ADDRESS.in("Subscribe now and get your morning briefing."));
    assertTrue(ADDRESS.in("Abonnez-vous à notre lettre du matin."));
    assertTrue(ADDRESS.in("Seine Kolumnen finden Sie jeden Montag hier."));
    assertTrue(ADDRESS.in("订阅后您可以阅读全部文章。"));
  }

  @Test
  void japanesePoliteRequestsSpeakToTheReader() {
    assertTrue(ADDRESS.in("会員登録をすると、すべての記事をお読みいただけます。"));
    assertTrue(ADDRESS.in("詳しくは港のウェブサイトをご覧ください。"));
    assertFalse(ADDRESS.in("港の桟橋は春まで閉鎖される。"));
  }

  @Test
  void aWordInsideAnotherOrAtASentencesStartDoesNot() {
    assertFalse(ADDRESS.in("The youth club opened its doors on Tuesday."));
    assertFalse(ADDRESS.in("Sie sagte am Dienstag, die Fähre fahre wieder."));
    assertFalse(ADDRESS.in("Die Ministerin kam. Sie sagte, die Fähre fahre wieder."));
  }

  @Test
  void aQuoteSpeaksToSomeoneInTheStory() {
    assertFalse(ADDRESS.in("\"You will not see the pier open,\" the harbour master said."));
    assertFalse(ADDRESS.in("„Sie werden staunen“, sagte die Ministerin."));
  }
}
