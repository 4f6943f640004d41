package io.newsflow.enrich.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.enrich.EnrichConfig;
import io.newsflow.schema.Article;
import io.newsflow.schema.RawPage;
import io.newsflow.schema.RawPageRef;
import io.newsflow.schema.SourceKind;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Each model tags its own language only: an article in a language without a model gets no entities,
 * not another language's noise.
 */
class EntityLanguageTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-05-09T12:00:00Z"), ZoneOffset.UTC);
  static final PageEnricher ENRICHER = PageEnricher.withDefaults(untimed(), CLOCK);

  /**
   * The defaults with a page budget no test machine reaches: these tests check tags, and a loaded
   * machine loading a model on the first page must not make that page an over-time dead letter.
   */
  static EnrichConfig untimed() {
    EnrichConfig config = EnrichConfig.defaults(Path.of("unused"));
    return config.withPageLimits(
        config.maxPageBytes(), config.minWords(), config.maxTags(), Duration.ofMinutes(10));
  }

  static final String ENGLISH =
      "Chinese President Xi Jinping told Russia's Vladimir Putin on Thursday in Moscow that the"
          + " two countries should be friends of steel, as they pledged to raise cooperation to a"
          + " new level at talks in the Kremlin with officials from both governments.";
  static final String GERMAN =
      "Die Zutaten für den Teig werden in einer großen Schüssel mit dem Mehl vermischt, bevor der"
          + " Teig eine Stunde an einem warmen Ort ruhen muss. Beim Lagern von Adblue ist darauf zu"
          + " achten, dass die Flüssigkeit nicht zu warm wird und der Behälter geschlossen bleibt.";
  static final String ARABIC =
      "قال الرئيس الصيني شي جين بينغ للرئيس الروسي فلاديمير بوتين يوم الخميس في موسكو إن البلدين"
          + " يجب أن يكونا صديقين من الفولاذ، وتعهدا برفع مستوى التعاون إلى مستوى جديد خلال المحادثات"
          + " التي جرت في الكرملين بحضور مسؤولين من الحكومتين.";
  static final String JAPANESE =
      "中国の習近平国家主席は木曜日、モスクワでロシアのプーチン大統領と会談し、両国は鋼のような友人であるべきだと述べた。"
          + "両首脳はクレムリンでの会談で、協力を新たな段階に引き上げることを約束した。";

  @Test
  void anEnglishArticleIsTaggedAndSaysWhichModelTaggedIt() {
    Article article = enrich("en", ENGLISH, ENRICHER);
    assertFalse(article.getEntities().isEmpty());
    assertEquals("en-conll2003-v3", article.getEntityModel());
  }

  @Test
  void articlesInLanguagesWithoutAModelGetNoEntitiesAndNoModel() {
    for (String[] page : new String[][] {{"ar", ARABIC}, {"ja", JAPANESE}}) {
      Article article = enrich(page[0], page[1], ENRICHER);
      assertTrue(article.getEntities().isEmpty(), page[0] + ": " + article.getEntities());
      assertNull(article.getEntityModel(), page[0]);
    }
  }

  @Test
  void germanIsOptInSoByDefaultAGermanArticleGetsNoEntities() {
    Article article = enrich("de", GERMAN, ENRICHER);
    assertTrue(article.getEntities().isEmpty(), article.getEntities().toString());
    assertNull(article.getEntityModel());
  }

  @Test
  void aGermanArticleIsTaggedByTheGermanModelWithoutItsCommonNouns() {
    Article article = enrich("de", GERMAN, EntityPagesTest.ENRICHER);
    assertEquals("de-corenlp-germeval-v5", article.getEntityModel());
    for (var entity : article.getEntities()) {
      for (String noun : List.of("Zutaten", "Teig", "Mehl", "Schüssel", "Beim", "Lagern", "Die")) {
        assertFalse(entity.getName().contains(noun), entity.toString());
      }
    }
  }

  @Test
  void aGermanTextUnderAnEnglishDeclarationIsNotTagged() {
    Article article = enrich("en-US", GERMAN, ENRICHER);
    assertTrue(article.getEntities().isEmpty(), article.getEntities().toString());
    assertNull(article.getEntityModel());
  }

  @Test
  void anUndeclaredEnglishTextIsTaggedByItsGuessedLanguage() {
    assertEquals("en-conll2003-v3", enrich(null, ENGLISH, ENRICHER).getEntityModel());
  }

  @Test
  void taggingSwitchedOffForALanguageLeavesItsArticlesUntagged() {
    EnrichConfig off = untimed().withEntityLanguages(Set.of());
    Article article = enrich("en", ENGLISH, PageEnricher.withDefaults(off, CLOCK));
    assertTrue(article.getEntities().isEmpty());
    assertNull(article.getEntityModel());
  }

  static Article enrich(String lang, String text, PageEnricher enricher) {
    return enrichHtml(
        "<html"
            + (lang == null ? "" : " lang=\"" + lang + "\"")
            + "><head><meta charset=utf-8><title>News</title></head><body><article><p>"
            + text
            + "</p></article></body></html>",
        enricher);
  }

  static Article enrichHtml(String html, PageEnricher enricher) {
    return enrichHtml(
        html, enricher, "https://news.example.com/" + Integer.toHexString(html.hashCode()));
  }

  static Article enrichHtml(String html, PageEnricher enricher, String url) {
    RawPage page =
        RawPage.newBuilder()
            .setRequestedUrl(url)
            .setFinalUrl(url)
            .setFetchedAt(CLOCK.instant())
            .setHttpStatus(200)
            .setContentType("text/html")
            .setHeaders(Map.of())
            .setBody(ByteBuffer.wrap(html.getBytes(StandardCharsets.UTF_8)))
            .setSourceKind(SourceKind.LIST)
            .build();
    EnrichResult result = enricher.enrich(page, new RawPageRef("t", 0, 0L, url, CLOCK.instant()));
    assertTrue(result instanceof EnrichResult.Enriched, result.toString());
    return ((EnrichResult.Enriched) result).article();
  }
}
