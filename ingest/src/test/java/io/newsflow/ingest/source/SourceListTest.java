package io.newsflow.ingest.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.schema.SourceKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceListTest {
  @TempDir Path dir;

  @Test
  void readsEveryKindWithItsIntervalAndPathsRelativeToTheFile() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("sources.json"),
            """
        {
          "defaultPollInterval": "PT15M",
          "sources": [
            {"id": "world", "type": "feed", "url": "https://example.com/rss.xml", "pollInterval": "PT5M"},
            {"type": "sitemap", "url": "https://example.com/news-sitemap.xml", "site": "Example"},
            {"type": "urls", "path": "lists/today.txt", "pollInterval": "PT0S"},
            {"type": "directory", "path": "saved"},
            {"type": "warc", "path": "/data/cc-news.warc.gz"}
          ]
        }""");
    List<SourceSpec> specs = SourceList.read(file, Duration.ofMinutes(1));
    assertEquals(5, specs.size());
    assertEquals(
        new SourceSpec(
            "world", SourceKind.FEED, "https://example.com/rss.xml", Duration.ofMinutes(5), null),
        specs.get(0));
    assertEquals("sitemap:https://example.com/news-sitemap.xml", specs.get(1).id());
    assertEquals(Duration.ofMinutes(15), specs.get(1).pollInterval());
    assertEquals("Example", specs.get(1).site());
    assertEquals(dir.resolve("lists/today.txt").toString(), specs.get(2).location());
    assertTrue(!specs.get(2).repeats());
    assertEquals(SourceKind.ARCHIVE, specs.get(4).kind());
    assertEquals(
        specs.get(0),
        SourceSpec.fromRecord(specs.get(0).toRecord()),
        "round trip through the topic record");
  }

  @Test
  void refusesTyposRatherThanDroppingASource() throws IOException {
    Path unknownType =
        Files.writeString(
            dir.resolve("a.json"), "{\"sources\": [{\"type\": \"rss\", \"url\": \"https://x\"}]}");
    Path unknownKey =
        Files.writeString(
            dir.resolve("b.json"),
            "{\"sources\": [{\"type\": \"feed\", \"link\": \"https://x\"}]}");
    Path noUrl = Files.writeString(dir.resolve("c.json"), "{\"sources\": [{\"type\": \"feed\"}]}");
    for (Path p : List.of(unknownType, unknownKey, noUrl)) {
      assertThrows(IOException.class, () -> SourceList.read(p, Duration.ZERO), p.toString());
    }
  }
}
