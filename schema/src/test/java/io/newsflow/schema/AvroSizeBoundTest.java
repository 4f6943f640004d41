package io.newsflow.schema;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AvroSizeBoundTest {
  private static final Instant T = Instant.parse("2025-05-09T10:00:00Z");

  @Test
  void neverUnderTheEncodedSizeWhateverTheScript() {
    Random random = new Random(7);
    // ASCII, Latin with accents, Cyrillic (2 bytes), CJK (3 bytes), emoji (a surrogate pair, 4).
    String[] alphabets = {"abc xyz.", "éàüß ", "Москва ", "北京时间新闻", "\uD83D\uDCF0\uD83C\uDF0D "};
    for (int n = 0; n < 200; n++) {
      String text = text(random, alphabets[n % alphabets.length], random.nextInt(20_000));
      Article article = article(text, random.nextInt(40));
      long encoded = Topics.ARTICLE_SERDE.encode(article).length;
      long bound = AvroSizeBound.of(article);
      assertTrue(bound >= encoded, n + ": bound " + bound + " < encoded " + encoded);
    }
  }

  @Test
  void closeEnoughForMostArticlesToPassOnTheBoundAlone() {
    Article article = article(text(new Random(1), "word ", 100_000), 30);
    long encoded = Topics.ARTICLE_SERDE.encode(article).length;
    assertTrue(AvroSizeBound.of(article) < 4 * encoded, "a bound within 4x of ASCII text");
  }

  @Test
  void countsBytesFieldsByTheirLength() {
    RawPage page = AvroSerdeTest.rawPage();
    page.setBody(ByteBuffer.wrap(new byte[1 << 20]));
    long encoded = Topics.RAW_PAGE_SERDE.encode(page).length;
    long bound = AvroSizeBound.of(page);
    assertTrue(bound >= encoded && bound < encoded + 2_000, bound + " against " + encoded);
  }

  private static String text(Random random, String alphabet, int length) {
    StringBuilder s = new StringBuilder(length);
    int points = alphabet.codePointCount(0, alphabet.length());
    while (s.length() < length) {
      s.appendCodePoint(
          alphabet.codePointAt(alphabet.offsetByCodePoints(0, random.nextInt(points))));
    }
    return s.toString();
  }

  private static Article article(String text, int entities) {
    List<Entity> found = new ArrayList<>();
    for (int i = 0; i < entities; i++) {
      found.add(new Entity("PER", "Name " + i, List.of(new Mention("N" + i, i, i + 2)), 1, i, 0.5));
    }
    return Article.newBuilder()
        .setId("id1")
        .setUrl("https://example.com/a")
        .setCanonicalUrl("https://example.com/a")
        .setTitle(
            entities % 2 == 0 ? null : "Título " + text.substring(0, Math.min(80, text.length())))
        .setAuthors(List.of("Ана Иванова", "李明"))
        .setText(text)
        .setMarkdown("# " + text)
        .setWordCount(text.length() / 5)
        .setEntities(found)
        .setImages(List.of(new Image("https://example.com/i.jpg", "A caption", null)))
        .setRemoved(List.of(new Removed("share", "Pin It on Pinterest")))
        .setRaw(new RawPageRef("news.raw-pages", 0, 42L, "https://example.com/a", T))
        .setExtractedAt(T)
        .setSimilarity(entities % 3 == 0 ? 0.93 : null)
        .build();
  }
}
