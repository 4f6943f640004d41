package io.newsflow.enrich.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newsflow.enrich.EnrichConfig;
import io.newsflow.enrich.SharedFiles;
import io.newsflow.enrich.entities.EntityRecognizer;
import io.newsflow.enrich.html.ArticleExtractor;
import io.newsflow.enrich.html.HtmlPageParser;
import io.newsflow.enrich.page.EnrichResult;
import io.newsflow.enrich.page.PageEnricher;
import io.newsflow.schema.Article;
import io.newsflow.schema.Image;
import io.newsflow.schema.RawPage;
import io.newsflow.schema.RawPageRef;
import io.newsflow.schema.SourceKind;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The five seed documents of {@code ../shared/seeds}, fed as they are (text/plain, as a scraper
 * delivered them) through the page enricher: every body paragraph kept (listed below by its first
 * words), none of the seed's boilerplate lines left, the headline once and as the title.
 */
class SeedTextPagesTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-05-10T00:00:00Z"), ZoneOffset.UTC);
  static PageEnricher enricher;

  @BeforeAll
  static void load() {
    enricher =
        new PageEnricher(
            EnrichConfig.defaults(Path.of("unused")),
            new HtmlPageParser(),
            ArticleExtractor.withDefaultRules(),
            EntityRecognizer.loadDefault(),
            CLOCK);
  }

  record Seed(String file, String title, List<String> paragraphs, List<String> boilerplate) {}

  static final List<Seed> SEEDS =
      List.of(
          new Seed(
              "000_73acd8a8c8d61afb.txt",
              "Now ‘friends of steel’: Xi and Putin meet in Moscow",
              List.of(
                  "The leaders of China and Russia vowed to",
                  "Russian President Vladimir Putin played host to Chinese",
                  "The two sides signed a joint statement to",
                  "Their meeting comes three years after Putin ordered",
                  "It also came as Taiwan’s president, in Taipei,",
                  "President Lai Ching-te told diplomats: “Authoritarianism and aggression",
                  "The meeting between Xi and Putin was the",
                  "While China has avoided providing overt diplomatic and",
                  "Xi’s China is facing its own forms of",
                  "The Chinese leader made veiled references to the",
                  "China and Russia should “be true friends of",
                  "Ja Ian Chong, associate professor at the National",
                  "Sung Kuo-Chen, a researcher at the Center for",
                  "“This is what Xi Jinping worried about the"),
              List.of(
                  "13 C",
                  "New York",
                  "May 9, 2025",
                  "China news",
                  "FILE PHOTO",
                  "(Ann Wang/Reuters)",
                  "attend a welcoming ceremony at the Kremlin",
                  "(Evgenia Novozhenina/AP)",
                  "Edited by",
                  "Related posts",
                  "Vietnam courts European leaders amid concerns over US tariffs",
                  "North Korea’s use of forced labor ‘deeply institutionalized,’ UN says",
                  "Immigration crackdown in southern China puts Myanmar migrant workers on edge",
                  "TheWorldsNews",
                  "Pin It on Pinterest",
                  "Share This")),
          new Seed(
              "001_4eee074e094875ad.txt",
              null,
              List.of(
                  "Chinese President Xi Jinping told Russia’s Vladimir Putin",
                  "At talks in the Kremlin, the two leaders",
                  "In a lengthy joint statement, they said they",
                  "The two countries said the Ukraine conflict could",
                  "Ukraine and its Western allies say that was",
                  "Xi is the most powerful of more than",
                  "Xi’s participation – and the joint statement aligning",
                  "Russia says it wants to repair relations with",
                  "But talks have failed to produce a ceasefire,",
                  "Xi, whose country is currently engaged in a",
                  "The two countries should “be true friends of",
                  "In another implied reference to the U.S., Xi",
                  "Xi and Putin have met dozens of times",
                  "China is Russia’s biggest trading partner and has",
                  "Putin said the two leaders would personally oversee"),
              List.of("date 2025-05-09", "[Source: Reuters]", "Source:")),
          new Seed(
              "002_0881c63772f2753c.txt",
              null,
              List.of(
                  "Chinese President Xi Jinping told Russia’s Vladimir Putin",
                  "In a lengthy joint statement, they said they",
                  "Ukraine and its allies say that was a",
                  "Xi is the most powerful of more than",
                  "Russia says it wants to repair relations with",
                  "Xi, whose country is engaged in a tariff"),
              List.of("(This is a Reuters' story)", "Reuters' story")),
          new Seed(
              "003_29087e77ad7b3d4a.txt",
              "Shocking reality: British saw a growing alliance between Russia and China",
              List.of(
                  "“Friends of steel” – Xi and Putin pledge",
                  "Chinese President Xi Jinping told Russia's Vladimir Putin",
                  "At talks in the Kremlin, the two leaders",
                  "In a lengthy joint statement, they said they",
                  "The two countries said the Ukraine conflict could",
                  "Xi is the most powerful of more than",
                  "Xi's participation – and the joint statement aligning",
                  "Russia says it wants to repair relations with",
                  "Xi said China and Russia should solidify the",
                  "The two countries should \"be true friends of",
                  "In another implied reference to the U.S., Xi",
                  "Putin said the two leaders would personally oversee",
                  "Domestically, the World War Two anniversary offers Putin",
                  "In opening remarks after greeting Xi in one",
                  "\"The victory over fascism, achieved at the cost",
                  "\"Together with our Chinese friends, we firmly stand",
                  "In their joint statement, the two countries said",
                  "“There are changes happening, the likes of which",
                  "As Putin and Xi embark on a four-day",
                  "The world is at an inflection point, and",
                  "First, Beijing and Moscow have learnt a great",
                  "Second, Xi and Putin have said for more"),
              List.of(
                  "9:25 09.05.2025",
                  "Putin with Xi Jinping in Kremlin, May 8, 2025",
                  "Photo: Kremlin.ru",
                  "at the festive reception in Kremlin",
                  "attends a reception in the Kremlin hosted by",
                  "Photo: Sputnik",
                  "Telegram-channel",
                  "t.me/The_International_Affairs",
                  "read more in our")),
          new Seed(
              "004_81c791c61984ad19.txt",
              "Xi and Putin Unite Against \"Bullying\" Amidst Trade Tensions and Global Uncertainty",
              List.of(
                  "Chinese President Xi Jinping and Russian President Vladimir",
                  "Xi Jinping delivered a strong statement, vowing to",
                  "\"Eighty years ago, the peoples of China and",
                  "The meeting took place on Victory Day in",
                  "Further cementing their alliance, Xi and Putin are",
                  "While Xi Jinping’s remarks appeared to directly criticize",
                  "The relationship between Russia and China has deepened",
                  "Russia, China, Iran, and North Korea have increasingly",
                  "Putin underscored the significance of their shared history,",
                  "Beyond their shared opposition to Western policies, both",
                  "\"The parties intend to play an active creative",
                  "The White House has not yet responded to",
                  "The meeting between Xi Jinping and Vladimir Putin"),
              List.of()));

  @Test
  void eachSeedBecomesOneCleanArticle() throws IOException {
    Optional<Path> seeds = SharedFiles.seeds();
    assumeTrue(seeds.isPresent(), "../shared/seeds not found");
    for (Seed seed : SEEDS) {
      Article a = enrich(seeds.get().resolve(seed.file()));
      String text = a.getText();
      List<String> paragraphs = List.of(text.split("\n\n"));
      for (String start : seed.paragraphs()) {
        assertTrue(
            paragraphs.stream().anyMatch(p -> p.startsWith(start)),
            seed.file() + " lost the paragraph starting: " + start + "\n" + text);
      }
      for (String chrome : seed.boilerplate()) {
        assertFalse(text.contains(chrome), seed.file() + " still contains boilerplate: " + chrome);
      }
      assertEquals(seed.title(), a.getTitle(), seed.file());
      if (seed.title() != null) {
        assertFalse(
            text.contains(seed.title()), seed.file() + ": the headline belongs to the title only");
      }
      assertEquals(
          seed.paragraphs().size(),
          paragraphs.size() - extraParagraphs(seed),
          seed.file() + " has paragraphs the list does not name:\n" + text);
    }
  }

  /**
   * 003 keeps one block the list leaves out: a caption-like sentence without a credit ("Heads of
   * state arrived ...").
   */
  private static int extraParagraphs(Seed seed) {
    return seed.file().startsWith("003") ? 1 : 0;
  }

  @Test
  void metadataLinesGoToTheirFields() throws IOException {
    Optional<Path> seeds = SharedFiles.seeds();
    assumeTrue(seeds.isPresent(), "../shared/seeds not found");
    Article a0 = enrich(seeds.get().resolve("000_73acd8a8c8d61afb.txt"));
    assertEquals(List.of("Mat Pennington"), a0.getAuthors());
    assertEquals("2025-05-09", a0.getPublishedTime());
    assertEquals(
        2, a0.getImages().size(), "a caption printed twice is one image: " + a0.getImages());
    Image first = a0.getImages().get(0);
    assertTrue(first.getCaption().startsWith("FILE PHOTO: Taiwan"), first.getCaption());
    assertEquals("(Ann Wang/Reuters)", first.getCredit());
    assertEquals("(Evgenia Novozhenina/AP)", a0.getImages().get(1).getCredit());

    Article a1 = enrich(seeds.get().resolve("001_4eee074e094875ad.txt"));
    assertEquals("[Source: Reuters]", a1.getSourceAttribution());
    assertEquals("2025-05-09", a1.getPublishedTime());
    assertEquals(
        "(This is a Reuters' story)",
        enrich(seeds.get().resolve("002_0881c63772f2753c.txt")).getSourceAttribution());

    String t2 = enrich(seeds.get().resolve("002_0881c63772f2753c.txt")).getText();
    assertTrue(
        t2.startsWith("Chinese President Xi Jinping told Russia’s Vladimir Putin on Thursday"),
        "lines broken mid-sentence are joined: " + t2);
    assertTrue(
        t2.contains(
            "course of ‘dual containment’ of Russia and China”. The two countries said the Ukraine war"),
        t2);

    Article a3 = enrich(seeds.get().resolve("003_29087e77ad7b3d4a.txt"));
    assertEquals("2025-05-09T09:25:00", a3.getPublishedTime());
    assertEquals(
        List.of("Photo: Kremlin.ru", "Photo: Kremlin.ru", "Photo: Sputnik"),
        a3.getImages().stream().map(Image::getCredit).toList());
    assertEquals("en", a3.getLanguage());
  }

  static Article enrich(Path file) throws IOException {
    String url = file.toUri().toString();
    RawPage page =
        RawPage.newBuilder()
            .setRequestedUrl(url)
            .setFinalUrl(url)
            .setFetchedAt(CLOCK.instant())
            .setHttpStatus(0)
            .setContentType("text/plain")
            .setHeaders(Map.of())
            .setBody(ByteBuffer.wrap(Files.readAllBytes(file)))
            .setSourceKind(SourceKind.FILE)
            .build();
    EnrichResult result = enricher.enrich(page, new RawPageRef("t", 0, 0L, url, CLOCK.instant()));
    assertTrue(result instanceof EnrichResult.Enriched, file + ": " + result);
    return ((EnrichResult.Enriched) result).article();
  }
}
