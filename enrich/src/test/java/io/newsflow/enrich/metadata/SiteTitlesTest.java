package io.newsflow.enrich.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsflow.enrich.rules.BoilerplateRules;
import org.junit.jupiter.api.Test;

class SiteTitlesTest {
  private static final BoilerplateRules RULES =
      BoilerplateRules.fromClasspath(BoilerplateRules.DEFAULT_RESOURCE);
  private static final int MIN_PAGES = RULES.thresholds().html().titleMemoryMinPages();

  private static final String[] STORIES = {
    "Council votes to rebuild the old pier",
    "Ferry timetable changes from Monday",
    "Library reopens after flood repairs",
    "Harbour festival draws record crowds",
    "New cycle lane splits shopkeepers",
  };

  @Test
  void aSuffixOnEveryPageOfTheSiteIsCutOnceSeenOnEnoughTitles() {
    SiteTitles titles = SiteTitles.of(RULES);
    for (int i = 0; i < STORIES.length; i++) {
      String got = titles.clean("quillink.example", STORIES[i] + " | The Quill Gazette", true);
      // the name is in no metadata and not in the host: only its recurrence tells
      String want = i + 1 >= MIN_PAGES ? STORIES[i] : STORIES[i] + " | The Quill Gazette";
      assertEquals(want, got, "page " + (i + 1));
    }
  }

  @Test
  void aLeadingSiteNameAndASectionBeforeTheSiteNameAreLearnedToo() {
    SiteTitles titles = SiteTitles.of(RULES);
    for (String story : STORIES) {
      titles.clean("a.example", "Quill Radio – " + story, true);
      titles.clean("b.example", story + " | Local | Quill Gazette", true);
    }
    assertEquals(
        "Tram line opens", titles.clean("a.example", "Quill Radio – Tram line opens", true));
    assertEquals(
        "Tram line opens",
        titles.clean("b.example", "Tram line opens | Local | Quill Gazette", true));
  }

  @Test
  void otherSitesTheSameTitleTwiceAndPagesWithADeclaredNameDoNotCut() {
    SiteTitles titles = SiteTitles.of(RULES);
    for (int i = 0; i < 5; i++) {
      // one page fetched five times is one title
      titles.clean("quillink.example", STORIES[0] + " | The Quill Gazette", true);
    }
    assertEquals(
        STORIES[1] + " | The Quill Gazette",
        titles.clean("quillink.example", STORIES[1] + " | The Quill Gazette", true));
    for (String story : STORIES) {
      titles.clean("quillink.example", story + " | The Quill Gazette", true);
    }
    assertEquals(
        "Tide tables | The Quill Gazette",
        titles.clean("other.example", "Tide tables | The Quill Gazette", true));
    assertEquals(
        "Tide tables | The Quill Gazette",
        titles.clean("quillink.example", "Tide tables | The Quill Gazette", false));
    assertEquals(
        "Tide tables", titles.clean("quillink.example", "Tide tables | The Quill Gazette", true));
  }

  @Test
  void neverEmptiesATitleNorTouchesTitlesWithoutSiteOrSeparator() {
    SiteTitles titles = SiteTitles.of(RULES);
    for (String story : STORIES) {
      titles.clean("quillink.example", story + " | The Quill Gazette", true);
    }
    assertEquals("The Quill Gazette", titles.clean("quillink.example", "The Quill Gazette", true));
    assertEquals("Plain headline", titles.clean("quillink.example", "Plain headline", true));
    assertEquals("A | B", titles.clean("", "A | B", true));
    assertEquals(null, titles.clean("quillink.example", null, true));
  }

  @Test
  void hostOfDropsWwwAndIgnoresLocalFiles() {
    assertEquals("example.com", SiteHost.of("https://WWW.Example.com/a/b"));
    assertEquals("", SiteHost.of("file:///tmp/page.html"));
    assertEquals("", SiteHost.of("not a url"));
    assertEquals("", SiteHost.of(null));
  }

  @Test
  void aTopicOpeningSomeHeadlinesIsNoSiteName() {
    SiteTitles titles = SiteTitles.of(RULES);
    String[] more = {
      "Bridge closed for repairs", "Museum opens a new wing", "Trains delayed by snow",
    };
    for (int i = 0; i < 12; i++) {
      String story = i < STORIES.length ? STORIES[i] : more[i % more.length] + " " + i;
      String title = i % 3 == 1 ? "Council - " + story : story;
      titles.clean("quillink.example", title + " | The Quill Gazette", true);
    }
    // "Council -" opened 4 of 12 titles: the topic stays, the site name goes
    assertEquals(
        "Council - Tram line opens",
        titles.clean("quillink.example", "Council - Tram line opens | The Quill Gazette", true));
  }
}
