package io.newsflow.enrich.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TitleCleanerTest {
  private static final TitleCleaner CLEANER = new TitleCleaner(
      BoilerplateRules.fromClasspath(BoilerplateRules.DEFAULT_RESOURCE).titleSeparators());

  @Test
  void dropsTrailingSiteNameNamedByOgSiteName() {
    assertEquals("How to Build a Terrarium",
        CLEANER.clean("How to Build a Terrarium | eHow", null, List.of("eHow"), null));
  }

  @Test
  void dropsLeadingSiteNameAndHostNamedSuffix() {
    assertEquals("Rail fares to rise", CLEANER.clean("Harbour News — Rail fares to rise", null,
        List.of("Harbour News"), null));
    assertEquals("Mozilla", CLEANER.clean("Mozilla - Wikipedia", null, List.of(),
        "https://en.wikipedia.org/wiki/Mozilla"));
  }

  @Test
  void dropsChineseChannelAndSiteSuffixes() {
    assertEquals("DeepMind新电脑已可利用记忆自学 人工智能迈上新台阶_科技",
        CLEANER.clean("DeepMind新电脑已可利用记忆自学 人工智能迈上新台阶_科技_腾讯网", null,
            List.of("腾讯网"), null));
  }

  @Test
  void keepsDashesThatAreNotFollowedByTheSiteName() {
    assertEquals("Friday Facts #282 - 0.17 in sight",
        CLEANER.clean("Friday Facts #282 - 0.17 in sight", null, List.of("Factorio"), null));
    assertEquals("Spider-Man - the musical returns",
        CLEANER.clean("Spider-Man - the musical returns", null, List.of(), null));
  }

  @Test
  void usesTheH1ToTellHeadlineFromBlogName() {
    assertEquals("Radtour an der Mosel",
        CLEANER.clean("Radtour an der Mosel – Mein Reiseblog", "Radtour an der Mosel", List.of(), null));
  }
}
