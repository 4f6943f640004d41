package io.newsflow.sink.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WrittenArticlesTest {
  @TempDir Path dir;

  @Test
  void remembersTheIdsOfArticlesWrittenBefore() throws IOException {
    try (RollingJsonLinesWriter writer =
        new RollingJsonLinesWriter(dir, 1 << 20, Duration.ofHours(1), Clock.systemUTC())) {
      writer.write("{\"id\":\"a\",\"text\":\"x\"}");
      writer.write("{\"text\":\"y\",\"nested\":{\"id\":\"not-top-level\"},\"id\":\"b\"}");
      writer.sync();
    }
    WrittenArticles written = WrittenArticles.load(dir);
    assertEquals(2, written.size());
    assertFalse(written.add("a"));
    assertFalse(written.add("b"));
    assertTrue(written.add("c"));
  }

  @Test
  void dropsALineCutShortByACrash() throws IOException {
    Path file = dir.resolve("articles-20250101T000000Z-0.jsonl");
    Files.writeString(
        file, "{\"id\":\"a\"}\n{\"id\":\"b\",\"text\":\"cut sh", StandardCharsets.UTF_8);
    WrittenArticles written = WrittenArticles.load(dir);
    assertEquals(1, written.size());
    assertEquals("{\"id\":\"a\"}\n", Files.readString(file));
    assertTrue(written.add("b"), "the cut article is written again when redelivered");
  }

  @Test
  void startsANewFilePastTheSizeLimit() throws IOException {
    try (RollingJsonLinesWriter writer =
        new RollingJsonLinesWriter(dir, 30, Duration.ofHours(1), Clock.systemUTC())) {
      for (int i = 0; i < 5; i++) {
        writer.write("{\"id\":\"" + i + "\",\"pad\":\"xxxxxxxxxxxx\"}");
      }
    }
    List<Path> files = WrittenArticles.outputFiles(dir);
    assertEquals(5, files.size());
    assertEquals(5, WrittenArticles.load(dir).size());
  }

  @Test
  void refusesASecondWriterOnTheSameDirectory() throws IOException {
    try (RollingJsonLinesWriter first =
        new RollingJsonLinesWriter(dir, 100, Duration.ofHours(1), Clock.systemUTC())) {
      IOException e =
          org.junit.jupiter.api.Assertions.assertThrows(
              IOException.class,
              () -> new RollingJsonLinesWriter(dir, 100, Duration.ofHours(1), Clock.systemUTC()));
      assertTrue(e.getMessage().contains("another sink"), e.getMessage());
    }
    new RollingJsonLinesWriter(dir, 100, Duration.ofHours(1), Clock.systemUTC())
        .close(); // free again
  }

  @Test
  void ignoresAMissingDirectory() throws IOException {
    assertEquals(0, WrittenArticles.load(dir.resolve("nope")).size());
  }
}
