package io.newsflow.ingest.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.newsflow.ingest.fetch.FetchResult;
import io.newsflow.schema.deadletter.DeadLetterReason;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SavedPageReaderTest {
  @TempDir Path dir;

  @Test
  void listsPageFilesRecursivelyInAStableOrder() throws IOException {
    Files.writeString(dir.resolve("b.html"), "<p>b</p>");
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("sub/a.htm"), "<p>a</p>");
    Files.writeString(dir.resolve("notes.md"), "ignored");
    Files.writeString(dir.resolve("c.txt"), "text");
    assertEquals(
        List.of(dir.resolve("b.html"), dir.resolve("c.txt"), dir.resolve("sub/a.htm")),
        SavedPageReader.list(dir));
  }

  @Test
  void readsGzippedPagesAsHtml() throws IOException {
    Path file = dir.resolve("p.html.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write("<p>zipped</p>".getBytes(StandardCharsets.UTF_8));
    }
    var page =
        assertInstanceOf(
                FetchResult.Page.class, new SavedPageReader(1000, Clock.systemUTC()).read(file))
            .page();
    assertEquals("text/html", page.contentType());
    assertArrayEquals("<p>zipped</p>".getBytes(StandardCharsets.UTF_8), page.body());
    assertEquals(file.toUri().toString(), page.finalUrl());
  }

  @Test
  void refusesAFileOverTheLimitAndAnEmptyFile() throws IOException {
    Files.write(dir.resolve("big.html"), new byte[2000]);
    Files.write(dir.resolve("empty.html"), new byte[0]);
    SavedPageReader reader = new SavedPageReader(1000, Clock.systemUTC());
    assertEquals(
        DeadLetterReason.BODY_TOO_LARGE,
        assertInstanceOf(FetchResult.Failed.class, reader.read(dir.resolve("big.html")))
            .failure()
            .reason());
    assertEquals(
        DeadLetterReason.EMPTY_BODY,
        assertInstanceOf(FetchResult.Failed.class, reader.read(dir.resolve("empty.html")))
            .failure()
            .reason());
  }

  @Test
  void readsAFileOfExactlyTheLimitAndRefusesAGzippedOneThatInflatesPastIt() throws IOException {
    Files.write(dir.resolve("full.html"), new byte[1000]);
    Path bomb = dir.resolve("bomb.html.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(bomb))) {
      out.write(new byte[5000]); // 5,000 bytes inflated from a file of a few dozen
    }
    SavedPageReader reader = new SavedPageReader(1000, Clock.systemUTC());
    assertEquals(
        1000,
        assertInstanceOf(FetchResult.Page.class, reader.read(dir.resolve("full.html")))
            .page()
            .body()
            .length);
    assertEquals(
        DeadLetterReason.BODY_TOO_LARGE,
        assertInstanceOf(FetchResult.Failed.class, reader.read(bomb)).failure().reason());
  }
}
