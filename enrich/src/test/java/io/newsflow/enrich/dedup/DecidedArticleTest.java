package io.newsflow.enrich.dedup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsflow.schema.Article;
import io.newsflow.schema.Entity;
import io.newsflow.schema.Mention;
import io.newsflow.schema.RawPageRef;
import io.newsflow.schema.Topics;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DecidedArticleTest {
  private static Article article() {
    Instant t = Instant.parse("2025-05-09T10:00:00Z");
    return Article.newBuilder()
        .setId("a1")
        .setUrl("https://ex.com/a")
        .setCanonicalUrl("https://ex.com/a")
        .setTitle("Talks “resume” in Genève")
        .setText("Talks resume — the minister said.\n\nMore talks tomorrow.")
        .setMarkdown("Talks resume — the minister said.\n\nMore talks tomorrow.")
        .setWordCount(9)
        .setEntities(
            List.of(new Entity("LOC", "Genève", List.of(new Mention("Genève", 0, 6)), 1, 0, 0.5)))
        .setRaw(new RawPageRef("news.raw-pages", 2, 7L, "https://ex.com/a", t))
        .setExtractedAt(t)
        .setDuplicateOf(null)
        .setSimilarity(null)
        .setStoryId(null)
        .setStorySignals(List.of())
        .build();
  }

  static Stream<DedupDecision> decisions() {
    return Stream.of(
        new DedupDecision(null, null, "a1", List.of()),
        new DedupDecision("a0", 0.9375, "a0", List.of("copy")),
        new DedupDecision(null, null, "s7", List.of("entities", "time", "text")));
  }

  /** What the decided article's bytes must be: the whole article encoded with its decision. */
  private static byte[] encodedWhole(DedupDecision d) {
    return Topics.ARTICLE_SERDE.encode(ArticleKeys.decided(article(), d));
  }

  @ParameterizedTest
  @MethodSource("decisions")
  void writesTheBytesOfTheWholeArticleEncodedWithItsDecision(DedupDecision d) {
    byte[] read = Topics.ARTICLE_SERDE.encode(article());
    byte[] decided = DecidedArticle.encode(read, Topics.ARTICLE_SERDE.decode(read), d);
    assertArrayEquals(encodedWhole(d), decided);
    assertEquals(d.storyId(), Topics.ARTICLE_SERDE.decode(decided).getStoryId());
  }

  @Test
  void encodesAnArticleDecidedBeforeWhole() {
    DedupDecision before = new DedupDecision("a0", 0.5, "a0", List.of("copy"));
    byte[] read = Topics.ARTICLE_SERDE.encode(ArticleKeys.decided(article(), before));
    DedupDecision now = new DedupDecision(null, null, "a1", List.of());
    byte[] decided = DecidedArticle.encode(read, Topics.ARTICLE_SERDE.decode(read), now);
    assertArrayEquals(encodedWhole(now), decided);
  }

  @ParameterizedTest
  @MethodSource("decisions")
  void writesTheSameBytesForAnArticleThePageStepFoundUndecided(DedupDecision d) {
    byte[] read = Topics.ARTICLE_SERDE.encode(article());
    assertArrayEquals(encodedWhole(d), DecidedArticle.encodeUndecided(read, d));
  }

  @Test
  void decodesBytesThatDoNotEndAsEnrichWritesThem() {
    DedupDecision before = new DedupDecision("a0", 0.5, "a0", List.of("copy"));
    byte[] read = Topics.ARTICLE_SERDE.encode(ArticleKeys.decided(article(), before));
    DedupDecision now = new DedupDecision(null, null, "a1", List.of());
    assertArrayEquals(encodedWhole(now), DecidedArticle.encodeUndecided(read, now));
  }
}
