package io.newsflow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code newsflow extract} writes the page's main image, section and keywords. */
class ExtractCommandMetadataTest {
  @TempDir Path dir;

  @Test
  void writesMainImageSectionAndKeywordsPerPage() throws Exception {
    Files.writeString(
        dir.resolve("story.html"),
        "<html><head><title>Story</title>"
            + "<meta property=\"og:image\" content=\"https://img.example.com/lead.jpg\">"
            + "<meta property=\"article:section\" content=\"Business\">"
            + "<meta name=\"keywords\" content=\"chips, Taiwan\"><meta property=\"article:tag\" content=\"CHIPS\">"
            + "</head><body><article><p>The chip maker said on Monday it would double the size of its plant in the south of the island,"
            + " hiring two thousand engineers over the next three years.</p>"
            + "</article></body></html>");
    Path out = dir.resolve("out.json");
    String[] args = {"extract", dir.resolve("story.html").toString(), "--out", out.toString()};
    CommandLine cli = NewsflowCommand.commandLine(args, Map.of());
    cli.setErr(new PrintWriter(new StringWriter(), true));

    assertEquals(0, cli.execute(args));

    JsonNode page = new ObjectMapper().readTree(out.toFile()).get("story");
    assertEquals("https://img.example.com/lead.jpg", page.get("mainImage").asText());
    assertEquals("Business", page.get("section").asText());
    assertEquals("[\"chips\",\"Taiwan\"]", page.get("keywords").toString());
  }
}
