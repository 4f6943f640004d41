package io.newsflow.enrich.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.enrich.article.Extraction;
import org.junit.jupiter.api.Test;

/**
 * A shop's offers between the story's paragraphs (short lines in a row, each with a price, with the
 * product's name over them and the shop's link under them) are chrome; the story's sentences about
 * what things cost are the story's.
 */
class PriceListsTest {
  private static final TextCleaner CLEANER = TextCleaner.withDefaultRules();

  private static final String URL = "https://news.example.com/2024/05/14/harbour-ferry-fares/";

  private static Extraction clean(String middle) {
    return CLEANER.clean(HarbourStory.pageWith(middle), null, URL, SiteMemory.NONE).extraction();
  }

  @Test
  void aShopsPriceListIsChrome() {
    Extraction ex =
        clean(
            "Harbour Explorer folding bike\n\n"
                + "€349 at Cyclehaus\n\n"
                + "€359 at Velomarkt (black)\n\n"
                + "Monthly pass holder edition: 379,00 Euro\n\n"
                + "See all offers\n\n");
    assertFalse(ex.text().contains("Cyclehaus"), ex.text());
    assertFalse(ex.text().contains("379,00 Euro"), ex.text());
    assertFalse(ex.text().contains("Harbour Explorer folding bike"), ex.text());
    assertFalse(ex.text().contains("See all offers"), ex.text());
    assertTrue(ex.text().contains("The council's transport committee"), ex.text());
  }

  @Test
  void theStorysSentencesAboutPricesStay() {
    String prices =
        "A single ticket will cost €3.20 instead of €2.90 from the first of April onwards.\n\n"
            + "A monthly pass for commuters will rise from €58 to €63, the authority said.\n\n";
    Extraction ex = clean(prices);
    assertTrue(ex.text().contains("A single ticket will cost"), ex.text());
    assertTrue(ex.text().contains("A monthly pass for commuters"), ex.text());
  }

  @Test
  void aDiscountCodeOfferIsChrome() {
    String offer =
        "New to Ferrypass? Top up 20 and get a 2 bonus on your first crossing with the code"
            + " HARBOUR24";
    Extraction ex = clean(offer + "\n\n");
    assertFalse(ex.text().contains("HARBOUR24"), ex.text());
    assertTrue(ex.text().contains("The council's transport committee"), ex.text());
    String story =
        "The authority said a discount for students will apply automatically, without any code,"
            + " from the first of April.";
    assertTrue(clean(story + "\n\n").text().contains(story));
  }
}
