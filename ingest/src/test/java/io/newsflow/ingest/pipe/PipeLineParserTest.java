package io.newsflow.ingest.pipe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newsflow.schema.RawPage;
import io.newsflow.schema.SourceKind;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PipeLineParserTest {
  private static final Instant NOW = Instant.parse("2025-01-02T03:04:05Z");
  private final PipeLineParser parser =
      new PipeLineParser(PipeConfig.defaults(), Clock.fixed(NOW, ZoneOffset.UTC));

  private PipeLine parse(String json) {
    return parser.parse(json.getBytes(StandardCharsets.UTF_8));
  }

  private RawPage page(String json) {
    return assertInstanceOf(PipeLine.Page.class, parse(json)).page();
  }

  private PipeLine.Rejected rejected(String json) {
    return assertInstanceOf(PipeLine.Rejected.class, parse(json));
  }

  private static String body(RawPage p) {
    return StandardCharsets.UTF_8.decode(p.getBody().duplicate()).toString();
  }

  @Test
  void htmlLineBecomesAnHtmlRawPageFromThePipe() {
    RawPage p =
        page("{\"url\":\"https://ex.com/a\",\"html\":\"<p>Grüße</p>\",\"site\":\" Example \"}");
    assertEquals("https://ex.com/a", p.getRequestedUrl());
    assertEquals("https://ex.com/a", p.getFinalUrl());
    assertEquals("text/html", p.getContentType());
    assertEquals("UTF-8", p.getCharset());
    assertEquals("<p>Grüße</p>", body(p));
    assertEquals(SourceKind.PIPE, p.getSourceKind());
    assertEquals("stdin", p.getSource());
    assertEquals("Example", p.getSite());
    assertEquals(0, p.getHttpStatus());
    assertEquals(NOW, p.getFetchedAt()); // no fetched_at: now
  }

  @Test
  void textLineBecomesAPlainTextRawPage() {
    RawPage p = page("{\"url\":\"http://ex.com/b\",\"text\":\"第一段。\\n\\n第二段。\"}");
    assertEquals("text/plain", p.getContentType());
    assertEquals("第一段。\n\n第二段。", body(p));
    assertNull(p.getSite());
  }

  @Test
  void fetchedAtIsIsoWithOffsetOrEpochMillis() {
    assertEquals(
        Instant.parse("2024-05-01T08:00:00Z"),
        page("{\"url\":\"https://ex.com\",\"html\":\"x\",\"fetched_at\":\"2024-05-01T10:00:00+02:00\"}")
            .getFetchedAt());
    assertEquals(
        Instant.ofEpochMilli(1714550400000L),
        page("{\"url\":\"https://ex.com\",\"html\":\"x\",\"fetched_at\":1714550400000}")
            .getFetchedAt());
    assertEquals(
        Instant.ofEpochMilli(1714550400000L),
        page("{\"url\":\"https://ex.com\",\"html\":\"x\",\"fetched_at\":\"1714550400000\"}")
            .getFetchedAt());
    assertEquals(
        "bad_fetched_at",
        rejected("{\"url\":\"https://ex.com\",\"html\":\"x\",\"fetched_at\":\"yesterday\"}")
            .reason()
            .code());
    assertEquals(
        "bad_fetched_at",
        rejected(
                "{\"url\":\"https://ex.com\",\"html\":\"x\",\"fetched_at\":\"2024-05-01T10:00:00\"}")
            .reason()
            .code());
  }

  @Test
  void unknownFieldsAreIgnored() {
    assertEquals(
        "https://ex.com/c",
        page("{\"url\":\"https://ex.com/c\",\"html\":\"x\",\"lang\":\"de\",\"meta\":{\"a\":1}}")
            .getRequestedUrl());
  }

  @Test
  void malformedLinesAreRejectedWithAStableReason() {
    assertEquals("bad_json", rejected("{\"url\":\"https://ex.com\",").reason().code());
    assertEquals("bad_json", rejected("not json at all").reason().code());
    assertEquals("bad_json", rejected("[1,2]").reason().code());
    assertEquals(
        "bad_json",
        rejected("{\"url\":\"https://ex.com\",\"html\":\"x\"} trailing").reason().code());
    assertEquals(
        "bad_json",
        rejected("{\"url\":\"https://ex.com\",\"html\":\"x\",\"html\":\"y\"}").reason().code());
    assertEquals("missing_url", rejected("{\"html\":\"x\"}").reason().code());
    assertEquals("missing_url", rejected("{\"url\":\"  \",\"html\":\"x\"}").reason().code());
    assertEquals("bad_url", rejected("{\"url\":42,\"html\":\"x\"}").reason().code());
    assertEquals(
        "bad_url", rejected("{\"url\":\"ftp://ex.com/a\",\"html\":\"x\"}").reason().code());
    assertEquals(
        "bad_url", rejected("{\"url\":\"/relative/path\",\"html\":\"x\"}").reason().code());
    assertEquals(
        "bad_url", rejected("{\"url\":\"https://ex .com/\",\"html\":\"x\"}").reason().code());
    assertEquals("no_content", rejected("{\"url\":\"https://ex.com\"}").reason().code());
    assertEquals(
        "no_content", rejected("{\"url\":\"https://ex.com\",\"html\":null}").reason().code());
    assertEquals(
        "both_html_and_text",
        rejected("{\"url\":\"https://ex.com\",\"html\":\"x\",\"text\":\"y\"}").reason().code());
    assertEquals(
        "bad_field", rejected("{\"url\":\"https://ex.com\",\"html\":{\"p\":1}}").reason().code());
    assertEquals(
        "bad_field",
        rejected("{\"url\":\"https://ex.com\",\"text\":\"y\",\"site\":7}").reason().code());
  }

  @Test
  void rejectionKeepsTheUrlOnlyWhenItIsUsable() {
    assertEquals("https://ex.com", rejected("{\"url\":\"https://ex.com\"}").url());
    assertNull(rejected("{\"url\":\"mailto:a@b\",\"html\":\"x\"}").url());
  }

  @Test
  void deeplyNestedJsonIsRejectedNotAStackOverflow() {
    String deep =
        "{\"url\":\"https://ex.com\",\"html\":\"x\",\"x\":"
            + "[".repeat(100_000)
            + "]".repeat(100_000)
            + "}";
    assertEquals("bad_json", rejected(deep).reason().code());
  }
}
