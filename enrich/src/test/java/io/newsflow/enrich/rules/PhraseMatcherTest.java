package io.newsflow.enrich.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The skipping gate scan finds exactly what a contains() per gate finds. */
class PhraseMatcherTest {
  private static final List<String> PHRASES =
      List.of(
          "we use cookies",
          "cookie policy",
          "your privacy choices",
          "accept all",
          "本网站使用cookie",
          "ملفات تعريف الارتباط");
  private static final PhraseMatcher MATCHER =
      new PhraseMatcher(Map.of("cookie", PHRASES), 120, 12);

  @Test
  void gateScanAgreesWithContainsOnRandomTexts() {
    // the longest word of each phrase in lower, Title and UPPER case
    List<String> gates =
        List.of(
            "cookies",
            "Cookies",
            "COOKIES",
            "cookie",
            "Cookie",
            "COOKIE",
            "privacy",
            "Privacy",
            "PRIVACY",
            "accept",
            "Accept",
            "ACCEPT",
            "本网站使用cookie",
            "本网站使用COOKIE",
            "الارتباط");
    String alphabet = "abcdeikoprsvyCPA 本网站使用الارتباط";
    Random random = new Random(42);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder text = new StringBuilder();
      int parts = random.nextInt(6);
      for (int p = 0; p < parts; p++) {
        if (random.nextInt(4) == 0) {
          String gate = gates.get(random.nextInt(gates.size()));
          text.append(gate, 0, 1 + random.nextInt(gate.length())); // whole or cut short
        }
        for (int k = random.nextInt(12); k > 0; k--) {
          text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
      }
      String s = text.toString();
      boolean expected = gates.stream().anyMatch(s::contains);
      assertEquals(expected, MATCHER.mentionsGate(s), s);
    }
  }

  @Test
  void consentBannerInALongBlockIsFound() {
    String banner =
        "This is a long block of text about many things, and then: We use cookies to"
            + " improve your experience on our site, as explained in our policy, which you may read.";
    assertEquals("cookie", MATCHER.reason(banner));
  }

  /** The shipped vocabulary, in the languages whose writing differs most. */
  @Test
  void leadPhrasesStopAtWordsButNotAtQuotedSentences() {
    BoilerplateRules rules = BoilerplateRules.fromClasspath(BoilerplateRules.DEFAULT_RESOURCE);
    assertEquals("share", rules.phraseReason("分享到：微博 微信"));
    assertEquals("editor", rules.phraseReason("（责任编辑：张明）"));
    assertEquals("promo", rules.phraseReason("» Read more"));
    assertEquals("newsletter", rules.phraseReason("ニュースレター登録"), "ー has no script of its own");
    assertEquals("comments", rules.phraseReason("댓글"));
    assertEquals("share", rules.phraseReason("شارك على فيسبوك"));
    // a quoted phrase opens a sentence; one word in a script with spaces may start one too
    assertEquals(null, rules.phraseReason("“分享经济”正在改变生活。"));
    assertEquals(null, rules.phraseReason("“Read more” buttons are everywhere"));
    assertEquals(null, rules.phraseReason("댓글 조작 의혹 확산"));
    assertEquals(null, rules.phraseReason("Реклама в метро подорожает"));
    assertEquals(null, rules.phraseReason("شاركت الوزيرة في المؤتمر"));
  }
}
