package io.newsflow.schema.deadletter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.schema.DeadLetter;
import io.newsflow.schema.Topics;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DeadLettersTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-05-09T12:00:00Z"), ZoneOffset.UTC);
  static final byte[] KEY = "https://x.example/a".getBytes(StandardCharsets.UTF_8);

  @Test
  void aLetterCarriesStageReasonOriginAndTheFailedRecordsBytes() {
    DeadLetter letter =
        new DeadLetters(Stage.ENRICH, CLOCK)
            .of(
                DeadLetterReason.NOT_HTML,
                "declared application/pdf",
                "https://x.example/a",
                KEY,
                new byte[] {1, 2, 3},
                new DeadLetterOrigin("news.raw-pages", 2, 41L));

    assertEquals("enrich", letter.getStage());
    assertEquals("not_html", letter.getReason());
    assertEquals("declared application/pdf", letter.getMessage());
    assertEquals("https://x.example/a", letter.getUrl());
    assertEquals(ByteBuffer.wrap(KEY), letter.getKey());
    assertEquals(ByteBuffer.wrap(new byte[] {1, 2, 3}), letter.getValue());
    assertEquals("news.raw-pages", letter.getTopic());
    assertEquals(2, letter.getPartition());
    assertEquals(41L, letter.getOffset());
    assertEquals(CLOCK.instant(), letter.getOccurredAt());
    assertEquals(
        letter,
        Topics.DEAD_LETTER_SERDE.decode(Topics.DEAD_LETTER_SERDE.encode(letter)),
        "a valid record");
  }

  @Test
  void inputFromOutsideKafkaHasNoOriginAndMayHaveNoBytes() {
    DeadLetter letter =
        new DeadLetters(Stage.INGEST, CLOCK)
            .of(
                DeadLetterReason.TIMEOUT,
                "timed out",
                "https://x.example/a",
                null,
                null,
                DeadLetterOrigin.NONE);

    assertEquals("ingest", letter.getStage());
    assertNull(letter.getKey());
    assertNull(letter.getValue());
    assertNull(letter.getTopic());
    assertNull(letter.getPartition());
    assertNull(letter.getOffset());
  }

  @Test
  void withoutAMessageTheCodeIsTheMessage() {
    DeadLetter letter =
        new DeadLetters(Stage.SINK, CLOCK)
            .of(DeadLetterReason.NOT_DECODABLE, null, null, null, null, DeadLetterOrigin.NONE);
    assertEquals("not_decodable", letter.getMessage());
  }

  @Test
  void aValueOverTheLimitIsLeftOutAndTheMessageSaysWhereToFindIt() {
    DeadLetters letters = new DeadLetters(Stage.ENRICH, CLOCK, 1000);
    DeadLetterOrigin origin = new DeadLetterOrigin("news.raw-pages", 0, 7L);

    DeadLetter big =
        letters.of(
            DeadLetterReason.TOO_LARGE,
            "1001 bytes, over the limit",
            null,
            KEY,
            new byte[1001],
            origin);
    assertNull(big.getValue());
    assertEquals(ByteBuffer.wrap(KEY), big.getKey(), "the key is kept");
    assertEquals(
        "1001 bytes, over the limit (the original value, 1001 bytes, is too large to keep; find it at the origin offset)",
        big.getMessage());
    assertEquals(7L, big.getOffset());

    DeadLetter fits =
        letters.of(
            DeadLetterReason.TOO_LARGE, "within the limit", null, KEY, new byte[900], origin);
    assertEquals(ByteBuffer.wrap(new byte[900]), fits.getValue());
    assertEquals("within the limit", fits.getMessage());
  }

  @Test
  void aStringKeyIsItsUtf8Bytes() {
    assertEquals(
        ByteBuffer.wrap("é".getBytes(StandardCharsets.UTF_8)),
        ByteBuffer.wrap(DeadLetters.utf8("é")));
    assertNull(DeadLetters.utf8(null));
  }

  @Test
  void theWholeLetterFitsItsTopicNotOnlyTheValue() {
    String longUrl = "https://x.example/" + "a".repeat(40_000);
    byte[] value = new byte[1000];
    DeadLetter letter =
        new DeadLetters(Stage.ENRICH, CLOCK, 1000 + 2000)
            .of(
                DeadLetterReason.TOO_LARGE,
                "too large",
                longUrl,
                longUrl.getBytes(StandardCharsets.UTF_8),
                value,
                new DeadLetterOrigin("news.raw-pages", 0, 1L));
    assertNull(letter.getValue(), "value, key and URL together would not fit");
    assertNull(letter.getKey(), "a 40 KB key is left out");
    assertEquals(DeadLetters.MAX_FIELD_CHARS + 1, letter.getUrl().length(), "the URL is cut");
    assertTrue(letter.getMessage().contains("the key, 40018 bytes, is too large to keep"));
  }
}
