package io.newsflow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code newsflow extract} on text files, on a directory mixing text and HTML pages, and on bad
 * files.
 */
class ExtractCommandTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String PROSE =
      "The harbour council approved the new budget on Tuesday after a debate that lasted well"
          + " into the night, members of the council said on Wednesday morning.";

  @TempDir Path dir;

  record Extract(int exitCode, String stderr, JsonNode json) {}

  Extract extract(String... arguments) throws IOException {
    Path out = dir.resolve("out.json");
    List<String> args = new ArrayList<>(List.of("extract"));
    args.addAll(List.of(arguments));
    args.addAll(List.of("--out", out.toString()));
    CommandLine cli = NewsflowCommand.commandLine(args.toArray(String[]::new), Map.of());
    StringWriter err = new StringWriter();
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args.toArray(String[]::new));
    return new Extract(
        code, err.toString(), Files.exists(out) ? JSON.readTree(out.toFile()) : null);
  }

  JsonNode run(String... paths) throws IOException {
    Extract e = extract(paths);
    assertEquals(0, e.exitCode(), e.stderr());
    return e.json();
  }

  static String page(String title, String body) {
    return "<html><head><title>"
        + title
        + "</title></head><body><article>"
        + body
        + "</article></body></html>";
  }

  @Test
  void extractsTextFilesWithTheSameFieldsAsHtmlPages() throws IOException {
    Path pages = Files.createDirectories(dir.resolve("pages"));
    Files.writeString(
        pages.resolve("story.txt"),
        String.join(
            "\n",
            "Home",
            "World",
            "Sport",
            "",
            "Harbour council approves the new budget",
            "",
            "By Jane Doe",
            "",
            "The harbour council approved the new budget on Tuesday after a debate that lasted well into the night, members said.",
            "",
            "Pin It on Pinterest",
            "",
            "The budget includes money for the old lighthouse, which has been closed to visitors for more than three years.",
            "",
            "[Source: Harbour Wire]",
            "",
            "Share This"),
        StandardCharsets.UTF_8);
    Files.writeString(
        pages.resolve("page.html"),
        page("An HTML page", "<p>" + PROSE + "</p>"),
        StandardCharsets.UTF_8);

    JsonNode json = run(pages.toString());
    JsonNode story = json.get("story");
    assertTrue(story != null && json.has("page"), json.toString());
    String body = story.get("articleBody").asText();
    assertTrue(
        body.startsWith("The harbour council approved") && body.contains("the old lighthouse"),
        body);
    assertFalse(
        body.contains("Pin It")
            || body.contains("Share This")
            || body.contains("Home")
            || body.contains("Source"),
        body);
    assertEquals("Harbour council approves the new budget", story.get("title").asText());
    assertEquals("Jane Doe", story.get("authors").get(0).asText());
    assertEquals("[Source: Harbour Wire]", story.get("sourceAttribution").asText());
  }

  @Test
  void writesTextAndMarkdownPerPage() throws IOException {
    String prose = "This sentence is long enough to be read as article text, with a comma or two.";
    Files.writeString(
        dir.resolve("story.html"),
        "<html><head><title>A story</title></head><body>"
            + "<article><p>"
            + prose
            + "</p><h2>Details</h2><ul><li>First point of the list</li>"
            + "<li>Second point, with <a href=\"https://example.com/more\">a link</a></li></ul>"
            + "<p>"
            + prose
            + "</p></article></body></html>");

    JsonNode page = run(dir.resolve("story.html").toString()).get("story");

    String body = page.get("articleBody").asText();
    String markdown = page.get("markdown").asText();
    assertTrue(body.contains("Details\n\nFirst point of the list"), body);
    assertTrue(
        markdown.contains(
            "## Details\n\n- First point of the list\n"
                + "- Second point, with [a link](https://example.com/more)"),
        markdown);
  }

  @Test
  void reportsEachRefusedFileWithThePipelinesReasonAndGoesOnWithTheOthers() throws IOException {
    Path pages = Files.createDirectories(dir.resolve("pages"));
    Files.writeString(
        pages.resolve("a-good.html"), page("Budget approved", "<p>" + PROSE + "</p>"));
    Files.write(pages.resolve("b-empty.html"), new byte[0]);
    Files.writeString(
        pages.resolve("c-pdf.html"), "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n");
    Files.writeString(pages.resolve("d-short.html"), page("Short", "<p>Too few words here.</p>"));
    Path report = dir.resolve("report.jsonl");

    Extract e = extract(pages.toString(), "--report", report.toString());

    assertEquals(0, e.exitCode(), "refusals are outcomes, not failures: " + e.stderr());
    assertEquals(List.of("a-good"), fieldNames(e.json()));
    List<String> lines = e.stderr().lines().toList();
    assertEquals(
        List.of(
            "extract: " + pages.resolve("b-empty.html") + ": empty_body: empty file",
            "extract: "
                + pages.resolve("c-pdf.html")
                + ": not_html: binary content (PDF signature)",
            "extract: "
                + pages.resolve("d-short.html")
                + ": empty_after_extraction: 4 words of article text, fewer than 20",
            "extract: 4 files, 1 articles, 3 rejected"),
        lines);
    List<String> reportLines = Files.readAllLines(report);
    assertEquals(4, reportLines.size());
    reportLines.forEach(
        line ->
            assertTrue(
                line.startsWith("{\"file\":") && line.endsWith("}"), "one object a line: " + line));
    Map<String, JsonNode> byName =
        reportLines.stream()
            .map(ExtractCommandTest::tree)
            .collect(Collectors.toMap(r -> r.get("name").asText(), r -> r));
    assertOutcome(byName.get("a-good"), "article", "enrich", null);
    assertOutcome(byName.get("b-empty"), "dead_letter", "ingest", "empty_body");
    assertOutcome(byName.get("c-pdf"), "dead_letter", "enrich", "not_html");
    assertOutcome(byName.get("d-short"), "dead_letter", "enrich", "empty_after_extraction");
    assertEquals(pages.resolve("c-pdf.html").toString(), byName.get("c-pdf").get("file").asText());
    assertEquals(
        pages.resolve("c-pdf.html").toUri().toString(), byName.get("c-pdf").get("url").asText());
  }

  @Test
  void takesThePageLimitsOfTheEnrichStageAsOptions() throws IOException {
    Files.writeString(dir.resolve("short.html"), page("Short", "<p>Only five words of text.</p>"));

    assertEquals(List.of(), fieldNames(run(dir.resolve("short.html").toString())));
    JsonNode kept = run(dir.resolve("short.html").toString(), "--min-words", "0");
    assertEquals("Only five words of text.", kept.get("short").get("articleBody").asText());
  }

  @Test
  void readsAGzippedPageWithinTheBodyLimitAndRefusesALargerOneUnread() throws IOException {
    Path small = dir.resolve("small.html.gz");
    Path large = dir.resolve("large.html.gz");
    Files.write(
        small, gzip(page("Budget", "<p>" + PROSE + "</p>").getBytes(StandardCharsets.UTF_8)));
    Files.write(
        large,
        gzip(page("Budget", "<p>" + PROSE.repeat(200) + "</p>").getBytes(StandardCharsets.UTF_8)));

    Extract e = extract(small.toString(), large.toString(), "--max-body-bytes", "10000");

    assertEquals(List.of("small"), fieldNames(e.json()));
    assertTrue(
        e.stderr().contains(large + ": body_too_large: file over the limit of 10000 bytes"),
        e.stderr());
  }

  @Test
  void aPathThatDoesNotExistIsAUsageError() throws IOException {
    Extract e = extract(dir.resolve("missing.html").toString());

    assertEquals(2, e.exitCode(), e.stderr());
    assertTrue(e.stderr().contains("missing.html: no such file or directory"), e.stderr());
  }

  static List<String> fieldNames(JsonNode json) {
    List<String> names = new ArrayList<>();
    json.fieldNames().forEachRemaining(names::add);
    return names;
  }

  static void assertOutcome(JsonNode line, String outcome, String stage, String reason) {
    assertEquals(outcome, line.get("outcome").asText(), line.toString());
    assertEquals(stage, line.get("stage").asText(), line.toString());
    assertEquals(
        reason, line.get("reason").isNull() ? null : line.get("reason").asText(), line.toString());
  }

  static JsonNode tree(String line) {
    try {
      return JSON.readTree(line);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + line, e);
    }
  }

  static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }
}
