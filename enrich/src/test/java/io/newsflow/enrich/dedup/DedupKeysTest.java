package io.newsflow.enrich.dedup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newsflow.schema.Article;
import io.newsflow.schema.Entity;
import io.newsflow.schema.RawPageRef;
import io.newsflow.schema.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DedupKeysTest {
  static final Instant T = Instant.parse("2025-05-09T10:00:00Z");

  static Article article(String id, String text, String published) {
    return Article.newBuilder()
        .setId(id)
        .setUrl("https://ex.com/" + id)
        .setCanonicalUrl("https://ex.com/" + id)
        .setPublishedTime(published)
        .setText(text)
        .setWordCount(text.split(" ").length)
        .setEntities(
            List.of(
                new Entity("PER", "Ana Díaz", List.of(), 3, 0, 0.9),
                new Entity("LOC", "Genève", List.of(), 1, 40, 0.2),
                new Entity("ORG", "Port Authority", List.of(), 2, 10, 0.5)))
        .setRaw(new RawPageRef("news.raw-pages", 0, 1L, "https://ex.com/" + id, T))
        .setExtractedAt(T)
        .build();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2025-05-08T22:15:00.5+02:00", "2025-05-08", "not a time", ""})
  void carryWhatTheIndexReadsOfTheArticle(String published) {
    Article a = article("a1", "Ana Díaz said the ΣΟΦΙΑ port reopens on Monday.", published);
    byte[] encoded = Topics.ARTICLE_SERDE.encode(a);
    DedupKeys carried = DedupKeys.decode(DedupKeys.of(a, encoded.length).encode());
    assertNotNull(carried);
    long recordTime = T.toEpochMilli() + 17;
    assertEquals(ArticleKeys.input(a, 42, recordTime), carried.input(42, recordTime));
  }

  @Test
  void anArticleWithoutAPublishedTimeTakesTheRecordTime() {
    Article a = article("a1", "Talks resume tomorrow.", null);
    DedupKeys keys = DedupKeys.decode(DedupKeys.of(a, 100).encode());
    assertEquals(ArticleKeys.input(a, 1, 99), keys.input(1, 99));
    assertEquals(99, keys.input(1, 99).storyTime());
  }

  @Test
  void aDamagedHeaderIsNotRead() {
    byte[] good = DedupKeys.of(article("a1", "Talks resume tomorrow.", null), 100).encode();
    assertNotNull(DedupKeys.decode(good));
    for (int i = 0; i < good.length; i++) {
      byte[] flipped = good.clone();
      flipped[i] ^= 0x10;
      assertNull(DedupKeys.decode(flipped), "byte " + i + " changed");
    }
    for (int n = 0; n < good.length; n++) {
      assertNull(DedupKeys.decode(Arrays.copyOf(good, n)), n + " bytes");
    }
    assertNull(DedupKeys.decode("not our header".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void keysAreOnlyTakenForTheBytesTheyWereWorkedOutFrom() {
    Article a = article("a1", "Talks resume tomorrow.", null);
    byte[] encoded = Topics.ARTICLE_SERDE.encode(a);
    Headers headers = DedupKeys.handOff(new RecordHeaders(), a, encoded);
    assertNotNull(DedupKeys.carried(headers, encoded));
    assertNull(DedupKeys.carried(headers, Arrays.copyOf(encoded, encoded.length + 1)));
    assertNull(DedupKeys.carried(new RecordHeaders(), encoded));
  }

  @Test
  void theHandOffReplacesAHeaderThatCameWithThePageAndKeepsTheOthers() {
    Article a = article("a1", "Talks resume tomorrow.", null);
    byte[] encoded = Topics.ARTICLE_SERDE.encode(a);
    Headers in = new RecordHeaders();
    in.add("trace", new byte[] {7});
    in.add(DedupKeys.HEADER, DedupKeys.of(article("a1", "Other words.", null), 1).encode());
    Headers out = DedupKeys.handOff(in, a, encoded);
    Header[] ours = out.toArray();
    assertEquals(2, ours.length);
    assertEquals("trace", ours[0].key());
    assertArrayEquals(
        DedupKeys.of(a, encoded.length).encode(), out.lastHeader(DedupKeys.HEADER).value());
    assertEquals(1, DedupKeys.without(out).toArray().length);
  }

  @Test
  void aDecidedArticleGetsNoKeys() {
    Article a = article("a1", "Talks resume tomorrow.", null);
    a.setStoryId("s1");
    Headers in = new RecordHeaders();
    in.add(DedupKeys.HEADER, DedupKeys.of(a, 1).encode());
    assertNull(
        DedupKeys.handOff(in, a, Topics.ARTICLE_SERDE.encode(a)).lastHeader(DedupKeys.HEADER));
  }
}
