package io.newsflow.sink.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Appends JSON lines to files named {@code articles-<UTC time>-<n>.jsonl}, starting a new file
 * past a size or an age. {@link #sync()} flushes to the disk itself (fsync), so a caller may
 * commit its Kafka offsets afterwards knowing the data survives a crash. Not thread-safe.
 */
public final class RollingJsonLinesWriter implements AutoCloseable {
  public static final String PREFIX = "articles-";
  public static final String SUFFIX = ".jsonl";
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private final Path dir;
  private final long maxBytes;
  private final Duration maxAge;
  private final Clock clock;
  private FileChannel current;
  private Path currentPath;
  private Instant openedAt;
  private int sequence;

  public RollingJsonLinesWriter(Path dir, long maxBytes, Duration maxAge, Clock clock) throws IOException {
    this.dir = Files.createDirectories(dir);
    this.maxBytes = maxBytes;
    this.maxAge = maxAge;
    this.clock = clock;
  }

  public void write(String jsonLine) throws IOException {
    if (current == null || current.size() >= maxBytes || clock.instant().isAfter(openedAt.plus(maxAge))) {
      roll();
    }
    ByteBuffer line = StandardCharsets.UTF_8.encode(jsonLine + "\n");
    while (line.hasRemaining()) {
      current.write(line);
    }
  }

  /** Forces everything written so far to the disk. */
  public void sync() throws IOException {
    if (current != null) {
      current.force(false);
    }
  }

  public Path currentFile() {
    return currentPath;
  }

  private void roll() throws IOException {
    closeCurrent();
    openedAt = clock.instant();
    Path next;
    do {
      next = dir.resolve(PREFIX + STAMP.format(openedAt) + "-" + (sequence++) + SUFFIX);
    } while (Files.exists(next));
    current = FileChannel.open(next, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    currentPath = next;
  }

  private void closeCurrent() throws IOException {
    if (current != null) {
      current.force(false);
      current.close();
      current = null;
    }
  }

  @Override
  public void close() throws IOException {
    closeCurrent();
  }
}
