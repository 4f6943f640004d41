package io.newsflow.enrich.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.enrich.article.Extraction;
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
  void aLinePrintedTwiceIsKeptOnce() {
    String text =
        PARAGRAPH
            + "The northern pier in numbers\n\nThe northern pier in numbers\n\n"
            + PARAGRAPH.replace("Tuesday", "Friday");
    Extraction ex = CLEANER.clean(text, null, SiteMemory.NONE).extraction();
    assertEquals(1, ex.text().split("northern pier in numbers", -1).length - 1, ex.text());
  }
}
