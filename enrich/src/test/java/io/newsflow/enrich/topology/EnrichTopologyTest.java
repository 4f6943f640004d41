package io.newsflow.enrich.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.enrich.EnrichConfig;
import io.newsflow.enrich.page.ArticleIds;
import io.newsflow.schema.Article;
import io.newsflow.schema.DeadLetter;
import io.newsflow.schema.RawPage;
import io.newsflow.schema.SourceKind;
import io.newsflow.schema.TopicSettings;
import io.newsflow.schema.Topics;
import io.newsflow.schema.deadletter.DeadLetterCounts;
import io.newsflow.schema.deadletter.DeadLetterReason;
import io.newsflow.schema.deadletter.Stage;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnrichTopologyTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-05-09T12:00:00Z"), ZoneOffset.UTC);
  static final String PAGE =
      "<html lang=en><head><title>Xi and Putin meet | World News</title>"
          + "<link rel=canonical href='https://news.example.com/xi-putin'></head><body>"
          + "<nav><a href=/>Home</a><a href=/world>World</a></nav><article><h1>Xi and Putin meet</h1>"
          + "<p>Chinese President Xi Jinping told Russia's Vladimir Putin on Thursday their two countries"
          + " should be friends of steel, as they pledged to raise cooperation to a new level.</p>"
          + "<p>At talks in the Kremlin, the two leaders cast themselves as defenders of a new world order"
          + " no longer dominated by the United States.</p></article><footer>© World News</footer></body></html>";

  @TempDir Path stateDir;
  TopologyTestDriver driver;
  TestInputTopic<byte[], byte[]> raw;
  TestOutputTopic<String, Article> articles;
  TestOutputTopic<String, DeadLetter> deadLetters;
  final DeadLetterCounts counts = new DeadLetterCounts();

  @BeforeEach
  void setUp() {
    EnrichHarness harness = EnrichHarness.of(TopicSettings.defaults(), stateDir, counts);
    driver = harness.driver();
    raw = harness.raw();
    articles = harness.articles();
    deadLetters = harness.deadLetters();
  }

  @AfterEach
  void tearDown() {
    driver.close();
  }

  static RawPage page(String url, String contentType, byte[] body) {
    return RawPage.newBuilder()
        .setRequestedUrl(url)
        .setFinalUrl(url)
        .setFetchedAt(CLOCK.instant())
        .setHttpStatus(200)
        .setContentType(contentType)
        .setHeaders(Map.of())
        .setBody(ByteBuffer.wrap(body))
        .setSourceKind(SourceKind.LIST)
        .build();
  }

  void send(RawPage page) {
    raw.pipeInput(
        page.getRequestedUrl().getBytes(StandardCharsets.UTF_8),
        Topics.RAW_PAGE_SERDE.encode(page));
  }

  @Test
  void turnsAnHtmlPageIntoAnArticleKeyedByTheIdOfItsCanonicalUrl() {
    send(
        page(
            "https://news.example.com/xi-putin?utm_source=x",
            "text/html",
            PAGE.getBytes(StandardCharsets.UTF_8)));

    var record = articles.readRecord();
    Article article = record.value();
    assertEquals(ArticleIds.of("https://news.example.com/xi-putin"), record.key());
    assertEquals(record.key(), article.getId());
    assertEquals("https://news.example.com/xi-putin", article.getCanonicalUrl());
    assertTrue(article.getText().contains("friends of steel"), article.getText());
    assertTrue(
        article.getText().contains("\n\nAt talks in the Kremlin"),
        "paragraphs split by a blank line");
    assertTrue(
        !article.getText().contains("Home") && !article.getText().contains("© World News"),
        article.getText());
    assertTrue(article.getWordCount() > 30);
    assertEquals("news.raw-pages", article.getRaw().getTopic());
    assertEquals(0L, article.getRaw().getOffset());
    assertTrue(deadLetters.isEmpty());
    assertEquals(0, counts.total(), "no dead letter counted");
  }

  @Test
  void sendsBadRecordsToTheDeadLetterTopicWithTheirReasonAndKeepsGoing() {
    raw.pipeInput("garbage".getBytes(StandardCharsets.UTF_8), new byte[] {9, 9, 9, 9});
    send(
        page(
            "https://x.example/doc.pdf",
            "application/pdf",
            "%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII)));
    send(
        page(
            "https://x.example/lie",
            "text/html",
            "%PDF-1.7 served as html".getBytes(StandardCharsets.US_ASCII)));
    send(page("https://x.example/blob", null, new byte[] {0x10, 0, 0, 0x7f, 0, 1, 2, 3}));
    send(page("https://x.example/empty", "text/html", new byte[0]));
    send(
        page(
            "https://x.example/short",
            "text/html",
            "<html><body><p>Too short.</p></body></html>".getBytes(StandardCharsets.UTF_8)));
    send(
        page(
            "https://news.example.com/xi-putin",
            "text/html",
            PAGE.getBytes(StandardCharsets.UTF_8)));

    List<DeadLetter> letters = deadLetters.readValuesToList();
    assertEquals(
        List.of(
            "not_decodable",
            "not_html",
            "not_html",
            "not_html",
            "empty_body",
            "empty_after_extraction"),
        letters.stream().map(DeadLetter::getReason).toList());
    DeadLetter first = letters.get(0);
    assertEquals("enrich", first.getStage());
    assertEquals("news.raw-pages", first.getTopic());
    assertEquals(0L, first.getOffset());
    assertEquals(ByteBuffer.wrap(new byte[] {9, 9, 9, 9}), first.getValue());
    assertEquals("https://x.example/doc.pdf", letters.get(1).getUrl());
    assertEquals(
        1, articles.readValuesToList().size(), "the good page after the bad ones still comes out");
    assertEquals(
        Map.of(
            DeadLetterReason.NOT_DECODABLE,
            1L,
            DeadLetterReason.NOT_HTML,
            3L,
            DeadLetterReason.EMPTY_BODY,
            1L,
            DeadLetterReason.EMPTY_AFTER_EXTRACTION,
            1L),
        counts.snapshot(Stage.ENRICH));
    assertEquals(letters.size(), counts.total(), "every letter counted once, under stage enrich");
  }

  @Test
  void rejectsAPageOverTheSizeLimit() {
    byte[] big = new byte[EnrichConfig.DEFAULT_MAX_PAGE_BYTES + 1];
    java.util.Arrays.fill(big, (byte) 'a');
    send(page("https://x.example/big", "text/html", big));
    assertEquals("too_large", deadLetters.readValue().getReason());
    assertEquals(1, counts.get(Stage.ENRICH, DeadLetterReason.TOO_LARGE));
  }

  @Test
  void aValueTooLargeForTheDeadLetterTopicIsLeftOutAndFoundByItsOffset() {
    byte[] huge = new byte[TopicSettings.DEFAULT_MAX_MESSAGE_BYTES];
    java.util.Arrays.fill(huge, (byte) 'a');
    send(page("https://x.example/huge", "text/html", huge));

    DeadLetter letter = deadLetters.readValue();
    assertEquals("too_large", letter.getReason());
    assertNull(letter.getValue());
    assertEquals(
        ByteBuffer.wrap("https://x.example/huge".getBytes(StandardCharsets.UTF_8)),
        letter.getKey());
    assertEquals(0L, letter.getOffset());
    assertTrue(
        letter
            .getMessage()
            .startsWith(
                huge.length
                    + " bytes, over the limit of "
                    + EnrichConfig.DEFAULT_MAX_PAGE_BYTES
                    + " (the original value, "),
        letter.getMessage());
    assertTrue(
        letter.getMessage().endsWith(" bytes, is too large to keep; find it at the origin offset)"),
        letter.getMessage());
  }

  @Test
  void rejectsATagBombBeforeBuildingItsTree() {
    String bomb =
        "<html><body>" + "<b>x</b>".repeat(EnrichConfig.DEFAULT_MAX_TAGS) + "</body></html>";
    send(page("https://x.example/bomb", "text/html", bomb.getBytes(StandardCharsets.UTF_8)));
    assertEquals("too_many_elements", deadLetters.readValue().getReason());
    assertEquals(Map.of(DeadLetterReason.TOO_MANY_ELEMENTS, 1L), counts.snapshot(Stage.ENRICH));
  }

  @Test
  void survivesDeeplyNestedMarkup() {
    String deep =
        "<html><body>"
            + "<div>".repeat(100_000)
            + "<p>"
            + "deep words here ".repeat(10)
            + "</p></body></html>";
    send(page("https://x.example/deep", "text/html", deep.getBytes(StandardCharsets.UTF_8)));
    assertEquals(
        1,
        articles.readValuesToList().size() + deadLetters.readValuesToList().size(),
        "one outcome, no crash");
  }

  @Test
  void rejectsBytesThatAreNotTextInTheDeclaredCharset() {
    byte[] noise = new byte[4000];
    new java.util.Random(7).nextBytes(noise);
    for (int i = 0; i < noise.length; i++) {
      noise[i] = (byte) (noise[i] | 0x80); // high bytes only: invalid UTF-8 everywhere, no NULs
    }
    String html = "<html><head><meta charset=utf-8></head><body><article><p>";
    byte[] body =
        concat(
            html.getBytes(StandardCharsets.UTF_8),
            noise,
            "</p></article></body></html>".getBytes(StandardCharsets.UTF_8));
    send(page("https://x.example/noise", "text/html", body));
    assertEquals("invalid_encoding", deadLetters.readValue().getReason());
    assertEquals(1, counts.get(Stage.ENRICH, DeadLetterReason.INVALID_ENCODING));
  }

  private static byte[] concat(byte[]... parts) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  @Test
  void aProducersOriginHeadersAreNeitherTrustedNorAbleToStopTheStage() {
    byte[] key = "k".getBytes(StandardCharsets.UTF_8);
    byte[] garbage = "not a RawPage".getBytes(StandardCharsets.UTF_8);
    RecordHeaders malformed = new RecordHeaders();
    malformed.add("newsflow.origin.topic", "x".getBytes(StandardCharsets.UTF_8));
    malformed.add("newsflow.origin.partition", new byte[] {1});
    malformed.add("newsflow.origin.offset", new byte[8]);
    raw.pipeInput(new TestRecord<>(key, garbage, malformed));
    RecordHeaders forged = new RecordHeaders();
    forged.add("newsflow.origin.topic", "elsewhere".getBytes(StandardCharsets.UTF_8));
    forged.add("newsflow.origin.partition", ByteBuffer.allocate(4).putInt(7).array());
    forged.add("newsflow.origin.offset", ByteBuffer.allocate(8).putLong(42).array());
    raw.pipeInput(new TestRecord<>(key, garbage, forged));

    List<DeadLetter> letters = deadLetters.readValuesToList();
    assertEquals(2, letters.size(), "both records made dead letters; the stage went on");
    for (DeadLetter letter : letters) {
      assertEquals("not_decodable", letter.getReason());
      assertEquals("news.raw-pages", letter.getTopic(), "where the record really was");
      assertEquals(0, letter.getPartition());
    }
  }
}
