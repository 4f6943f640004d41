package io.newsflow.sink.files;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ids of the articles already in the output directory, read from the files at start, so a
 * redelivered record (after a crash between fsync and offset commit, or a second run) is not
 * written twice. A line cut short by a crash is truncated away first: it was never committed, so
 * Kafka delivers its record again. Memory: about 100 bytes per article.
 */
public final class WrittenArticles {
  private static final Logger LOG = LoggerFactory.getLogger(WrittenArticles.class);
  private static final JsonFactory JSON = new JsonFactory();

  private final Set<String> ids = new HashSet<>();

  private WrittenArticles() {}

  public static WrittenArticles load(Path dir) throws IOException {
    WrittenArticles written = new WrittenArticles();
    if (!Files.isDirectory(dir)) {
      return written;
    }
    for (Path file : outputFiles(dir)) {
      truncatePartialLastLine(file);
      written.readIds(file);
    }
    return written;
  }

  /** Records the id; false if it was there already. */
  public boolean add(String id) {
    return ids.add(id);
  }

  public int size() {
    return ids.size();
  }

  static List<Path> outputFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(f -> f.getFileName().toString().startsWith(RollingJsonLinesWriter.PREFIX))
          .filter(f -> f.getFileName().toString().endsWith(RollingJsonLinesWriter.SUFFIX))
          .sorted()
          .toList();
    }
  }

  private void readIds(Path file) throws IOException {
    try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = lines.readLine()) != null) {
        String id = idOf(line);
        if (id != null) {
          ids.add(id);
        }
      }
    }
  }

  /** The top-level "id" field, read without building the whole tree. */
  static String idOf(String line) {
    try (JsonParser parser = JSON.createParser(line)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if (name.equals("id") && value == JsonToken.VALUE_STRING) {
          return parser.getText();
        }
        parser.skipChildren();
      }
    } catch (IOException e) {
      LOG.warn("an unreadable line in the output is ignored: {}", e.getMessage());
    }
    return null;
  }

  private static void truncatePartialLastLine(Path file) throws IOException {
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      long end = raf.length();
      long keep = end;
      while (keep > 0) {
        raf.seek(keep - 1);
        if (raf.read() == '\n') {
          break;
        }
        keep--;
      }
      if (keep < end) {
        LOG.warn("{}: dropping {} bytes of a line cut short by a crash", file, end - keep);
        raf.setLength(keep);
      }
    }
  }
}
