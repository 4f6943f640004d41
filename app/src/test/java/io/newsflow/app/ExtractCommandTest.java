package io.newsflow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExtractCommandTest {
  @TempDir Path dir;

  @Test
  void writesTextAndMarkdownPerPage() throws IOException {
    String prose = "This sentence is long enough to be read as article text, with a comma or two.";
    Files.writeString(dir.resolve("story.html"), "<html><head><title>A story</title></head><body>"
        + "<article><p>" + prose + "</p><h2>Details</h2><ul><li>First point of the list</li>"
        + "<li>Second point, with <a href=\"https://example.com/more\">a link</a></li></ul>"
        + "<p>" + prose + "</p></article></body></html>");
    Path out = dir.resolve("out.json");
    String[] args = {"extract", dir.resolve("story.html").toString(), "--out", out.toString()};
    CommandLine cli = NewsflowCommand.commandLine(args, Map.of());
    cli.setErr(new PrintWriter(new StringWriter(), true));

    assertEquals(0, cli.execute(args));

    JsonNode page = new ObjectMapper().readTree(out.toFile()).get("story");
    String body = page.get("articleBody").asText();
    String markdown = page.get("markdown").asText();
    assertTrue(body.contains("Details\n\nFirst point of the list"), body);
    assertTrue(markdown.contains("## Details\n\n- First point of the list\n"
        + "- Second point, with [a link](https://example.com/more)"), markdown);
  }
}
