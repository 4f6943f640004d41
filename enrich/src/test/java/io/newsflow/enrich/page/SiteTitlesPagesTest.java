package io.newsflow.enrich.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsflow.enrich.EnrichConfig;
import io.newsflow.schema.Article;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The page step cuts a site-name part that the site's pages share, on a site that declares no name
 * its host does not spell either (the small news site of the issue: 12 of 13 titles kept it).
 */
class SiteTitlesPagesTest {
  /** Headlines too short for the guess that cuts a short tail after a long headline. */
  private static final String[] STORIES = {
    "Council rebuilds the old pier",
    "Ferry timetable changes from Monday",
    "Library reopens after flood repairs",
    "Harbour festival draws record crowds",
    "New cycle lane splits shopkeepers",
    "School choir wins regional final",
  };

  @Test
  void titlesLoseTheSharedSuffixOnceTheSiteShowedIt() {
    PageEnricher enricher =
        PageEnricher.withDefaults(
            EnrichConfig.defaults(Path.of("unused")), EntityLanguageTest.CLOCK);
    List<String> got = new ArrayList<>();
    for (String story : STORIES) {
      got.add(page(enricher, "https://qnews.example/" + story.hashCode(), story).getTitle());
    }
    List<String> want = new ArrayList<>();
    for (int i = 0; i < STORIES.length; i++) {
      want.add(i < 2 ? STORIES[i] + " | The Quill Gazette" : STORIES[i]);
    }
    assertEquals(want, got);
    assertEquals(
        "Tide tables | The Quill Gazette",
        page(enricher, "https://other.example/tides", "Tide tables").getTitle(),
        "another site learned nothing");
  }

  private static Article page(PageEnricher enricher, String url, String story) {
    String html =
        "<html lang=en><head><title>"
            + story
            + " | The Quill Gazette</title></head><body><article><p>"
            + EntityLanguageTest.ENGLISH
            + "</p><p>"
            + story
            + " was reported by our newsroom today, with more to follow.</p></article></body></html>";
    return EntityLanguageTest.enrichHtml(html, enricher, url);
  }
}
