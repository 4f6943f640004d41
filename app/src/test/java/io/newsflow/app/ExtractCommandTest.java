package io.newsflow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code newsflow extract} on text files and on a directory mixing text and HTML pages. */
class ExtractCommandTest {
  @TempDir Path dir;

  JsonNode run(String... paths) throws IOException {
    Path out = dir.resolve("out.json");
    String[] args = new String[paths.length + 3];
    args[0] = "extract";
    System.arraycopy(paths, 0, args, 1, paths.length);
    args[paths.length + 1] = "--out";
    args[paths.length + 2] = out.toString();
    CommandLine cli = NewsflowCommand.commandLine(args, Map.of());
    cli.setErr(new PrintWriter(new StringWriter(), true));
    assertEquals(0, cli.execute(args));
    return new ObjectMapper().readTree(out.toFile());
  }

  @Test
  void extractsTextFilesWithTheSameFieldsAsHtmlPages() throws IOException {
    Path pages = Files.createDirectories(dir.resolve("pages"));
    Files.writeString(pages.resolve("story.txt"), String.join("\n",
        "Home", "World", "Sport", "",
        "Harbour council approves the new budget", "",
        "By Jane Doe", "",
        "The harbour council approved the new budget on Tuesday after a debate that lasted well into the night, members said.", "",
        "Pin It on Pinterest", "",
        "The budget includes money for the old lighthouse, which has been closed to visitors for more than three years.", "",
        "[Source: Harbour Wire]", "",
        "Share This"), StandardCharsets.UTF_8);
    Files.writeString(pages.resolve("page.html"), "<html><head><title>An HTML page</title></head><body><article><p>"
        + "The harbour council approved the new budget on Tuesday after a debate that lasted well into the night.</p>"
        + "</article></body></html>", StandardCharsets.UTF_8);

    JsonNode json = run(pages.toString());
    JsonNode story = json.get("story");
    assertTrue(story != null && json.has("page"), json.toString());
    String body = story.get("articleBody").asText();
    assertTrue(body.startsWith("The harbour council approved") && body.contains("the old lighthouse"), body);
    assertFalse(body.contains("Pin It") || body.contains("Share This") || body.contains("Home") || body.contains("Source"), body);
    assertEquals("Harbour council approves the new budget", story.get("title").asText());
    assertEquals("Jane Doe", story.get("authors").get(0).asText());
    assertEquals("[Source: Harbour Wire]", story.get("sourceAttribution").asText());
  }

  @Test
  void writesTextAndMarkdownPerPage() throws IOException {
    String prose = "This sentence is long enough to be read as article text, with a comma or two.";
    Files.writeString(dir.resolve("story.html"), "<html><head><title>A story</title></head><body>"
        + "<article><p>" + prose + "</p><h2>Details</h2><ul><li>First point of the list</li>"
        + "<li>Second point, with <a href=\"https://example.com/more\">a link</a></li></ul>"
        + "<p>" + prose + "</p></article></body></html>");

    JsonNode page = run(dir.resolve("story.html").toString()).get("story");

    String body = page.get("articleBody").asText();
    String markdown = page.get("markdown").asText();
    assertTrue(body.contains("Details\n\nFirst point of the list"), body);
    assertTrue(markdown.contains("## Details\n\n- First point of the list\n"
        + "- Second point, with [a link](https://example.com/more)"), markdown);
  }
}
