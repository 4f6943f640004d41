package io.newsflow.enrich.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BoilerplateRulesTest {
  private static final BoilerplateRules RULES =
      BoilerplateRules.fromClasspath(BoilerplateRules.DEFAULT_RESOURCE);

  /** Names mixing hint words of every role (reasons, vetoes, weights, figures, bylines). */
  private static final String[] NAMES = {
    "share",
    "article",
    "related-posts",
    "ArticleBody",
    "byline",
    "author-name",
    "post-author",
    "comments",
    "content",
    "sidebar",
    "wp-caption",
    "photo-credit",
    "figure",
    "entry_content",
    "ad-slot",
    "nav",
    "footer",
    "x",
    "main",
    "social-share-bar",
    "byline__name",
    "sharing-with-a-single-developer",
    "READ-MORE"
  };

  @Test
  void classAndIdReadApartGiveTheProfileOfBothTogether() {
    java.util.Random random = new java.util.Random(42);
    for (int n = 0; n < 5_000; n++) {
      StringBuilder cls = new StringBuilder();
      for (int k = random.nextInt(4); k > 0; k--) {
        cls.append(NAMES[random.nextInt(NAMES.length)]).append(random.nextBoolean() ? " " : "  ");
      }
      String id = random.nextInt(3) == 0 ? "" : NAMES[random.nextInt(NAMES.length)];
      Element e = new Element("div");
      if (cls.length() > 0) {
        e.attr("class", cls.toString());
      }
      if (!id.isEmpty()) {
        e.attr("id", id);
      }
      HintProfile apart = RULES.classProfile(e.attr("class")).and(RULES.idProfile(id));
      HintProfile together = RULES.profile(e);
      assertEquals(together.reason(), apart.reason(), e::outerHtml);
      assertEquals(together.roles(), apart.roles(), e::outerHtml);
      assertEquals(together.bylineRank(), apart.bylineRank(), e::outerHtml);
    }
  }

  @ParameterizedTest(name = "{1} -> {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "share      | Pin It on Pinterest",
        "share      | Share This:",
        "share      | Auf Facebook teilen",
        "share      | Partager sur Facebook",
        "share      | Compartir en Twitter",
        "share      | 分享到微信",
        "share      | شارك على فيسبوك",
        "related    | Related posts",
        "related    | Ähnliche Artikel",
        "related    | À lire aussi",
        "related    | Artículos relacionados",
        "related    | 相关文章",
        "related    | مقالات ذات صلة",
        "cookie     | We use cookies to give you the best experience on our website.",
        "cookie     | Wir verwenden Cookies, um Ihnen ein optimales Erlebnis zu bieten.",
        "cookie     | Nous utilisons des cookies pour améliorer votre expérience.",
        "cookie     | Utilizamos cookies propias y de terceros.",
        "cookie     | 本网站使用cookie来改善体验",
        "cookie     | نستخدم ملفات تعريف الارتباط لتحسين تجربتك",
        "cookie     | Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden.",
        "cookie     | Ich bin damit einverstanden, dass mir Inhalte von Vimeo angezeigt werden.",
        "cookie     | Dabei können Daten an Drittplattformen übermittelt werden. Mehr dazu hier.",
        "cookie     | Du kannst ihn mit einem Klick anzeigen lassen und wieder ausblenden.",
        "newsletter | Subscribe to our newsletter",
        "newsletter | Newsletter abonnieren",
        "newsletter | Abonnez-vous à notre newsletter",
        "newsletter | Suscríbete a nuestro boletín",
        "newsletter | 订阅我们的新闻",
        "newsletter | اشترك في النشرة البريدية",
        "comments   | Comments (12)",
        "promo      | Read more: Why the port is closing",
      })
  void recognisesBoilerplatePhrasesInSeveralLanguages(String reason, String text) {
    assertEquals(reason, RULES.phraseReason(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Share prices fell sharply on Monday after the company warned on profits.",
        "Comments from the minister came after the vote, which she called a mistake.",
        "Related research suggests the effect is smaller than first thought.",
        "Die Regierung will die Cookies-Richtlinie der EU bis 2026 umsetzen, sagte der Minister am Montag in Berlin vor Journalisten und Vertretern der Branche, die seit Monaten auf Klarheit warten und Investitionen zurückhalten."
      })
  void leavesArticleSentencesThatMerelyStartWithABoilerplateWordAlone(String text) {
    assertNull(RULES.phraseReason(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "div  | social-share-bar   | share",
        "ul   | relatedPosts       | related",
        "div  | cookie-consent     | cookie",
        "div  | newsletter-signup  | newsletter",
        "section | comments-area   | comments",
        "div  | author-bio         | author",
      })
  void readsTheBoilerplateReasonFromClassNamesIncludingCamelCase(
      String tag, String cls, String reason) {
    Element e = new Element(tag).addClass(cls);
    assertEquals(reason, RULES.hintReason(e, RULES.profile(e), 100));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"article-body", "post-content", "entry-content story-text"})
  void neverNamesContentContainersAsBoilerplate(String cls) {
    Element e = new Element("div").addClass(cls);
    assertNull(RULES.hintReason(e, RULES.profile(e), 5_000));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"article-share", "post-comments"})
  void smallContainerWithContentWordAndBoilerplateWordIsStillBoilerplate(String cls) {
    Element e = new Element("div").addClass(cls);
    assertEquals(true, RULES.hintReason(e, RULES.profile(e), 80) != null);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "display:none                       | true",
        "'COLOR: red; Display : None'       | true",
        "'visibility:  hidden ;'            | true",
        "'display: block; opacity: 0'       | false",
        "'font-family: \"Ünïcode\"; DISPLAY:NONE' | true",
        "'display: nonè'                    | false",
      })
  void findsHiddenStylesWhateverTheSpacingAndCase(String style, boolean hidden) {
    assertEquals(hidden, RULES.isHidden(new Element("div").attr("style", style)));
  }
}
