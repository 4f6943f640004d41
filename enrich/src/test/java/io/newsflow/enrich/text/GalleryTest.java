package io.newsflow.enrich.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.enrich.article.Extraction;
import org.junit.jupiter.api.Test;

/**
 * A photo gallery printed in the middle of a story (slides numbered out of one total, each with its
 * caption and credit) is images, not article text, and the story goes on after it.
 */
class GalleryTest {
  private static final TextCleaner CLEANER = TextCleaner.withDefaultRules();

  private static final String BEFORE = HarbourStory.OPENING;

  private static final String AFTER = HarbourStory.CLOSING;

  private static String slides(String counter) {
    StringBuilder s = new StringBuilder("Storm damage in pictures\n\n");
    String[] captions = {
      "Waves break over the sea wall of the old town during the January storm, flooding the"
          + " promenade and the car park behind it for most of the night.",
      "Fishing boats lie on their side in the inner harbour after the water drained out through"
          + " the broken lock gate, which the port has since replaced.",
      "Volunteers clear sand and seaweed from the coastal road on the morning after the storm,"
          + " before the first buses could pass again at noon."
    };
    String[] titles = {"Storm night", "Boats aground", "Clearing the road"};
    for (int i = 0; i < captions.length; i++) {
      s.append(String.format(java.util.Locale.ROOT, counter, i + 1, captions.length))
          .append(' ')
          .append(titles[i])
          .append("\n\n")
          .append(captions[i])
          .append("\n\nJane Roe/Harbour Photos\n\n");
    }
    return s.toString();
  }

  @Test
  void slidesNumberedWithASlashAreCaptionsAndTheStoryGoesOn() {
    Extraction ex =
        CLEANER.clean(BEFORE + slides("%d/%d") + AFTER, null, SiteMemory.NONE).extraction();
    assertFalse(ex.text().contains("sea wall"), ex.text());
    assertFalse(ex.text().contains("seaweed"), ex.text());
    assertTrue(ex.text().contains("southern pier"), ex.text());
    assertTrue(ex.text().contains("keep their price"), ex.text());
    assertTrue(ex.images().size() >= 3, ex.images().toString());
  }

  @Test
  void slidesNumberedWithAWordInAnotherLanguageToo() {
    Extraction ex =
        CLEANER
            .clean(BEFORE + slides("Bild %d von %d") + AFTER, null, SiteMemory.NONE)
            .extraction();
    assertFalse(ex.text().contains("broken lock gate"), ex.text());
    assertTrue(ex.text().contains("keep their price"), ex.text());
  }

  @Test
  void fractionsInARecipeAreNoGallery() {
    String recipe =
        "Mix the dry ingredients first, then add the butter and the milk a little at a time until"
            + " the dough comes together and no longer sticks to the bowl.\n\n"
            + "1/4 cup sugar, sifted twice for a lighter dough\n\n"
            + "2/4 cup flour, or one half cup if you measure by halves\n\n"
            + "3/4 cup milk, warm but not hot, so the yeast wakes up\n\n";
    Extraction ex = CLEANER.clean(BEFORE + recipe + AFTER, null, SiteMemory.NONE).extraction();
    assertTrue(ex.text().contains("3/4 cup milk"), ex.text());
  }
}
