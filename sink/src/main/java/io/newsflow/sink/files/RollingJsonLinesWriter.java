package io.newsflow.sink.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Appends JSON lines to files named {@code articles-<UTC time>-<n>.jsonl}, starting a new file past
 * a size or an age. {@link #sync()} flushes to the disk itself (fsync), so a caller may commit its
 * Kafka offsets afterwards knowing the data survives a crash. One writer owns a directory: it holds
 * an exclusive lock on {@code .lock} there, since the ids already written are known per directory.
 * Not thread-safe.
 */
public final class RollingJsonLinesWriter implements AutoCloseable {
  public static final String PREFIX = "articles-";
  public static final String SUFFIX = ".jsonl";
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private final Path dir;
  private final long maxBytes;
  private final Duration maxAge;
  private final Clock clock;
  private final FileChannel lockFile;
  private FileChannel current;
  private Path currentPath;
  private Instant openedAt;
  private int sequence;

  public RollingJsonLinesWriter(Path dir, long maxBytes, Duration maxAge, Clock clock)
      throws IOException {
    this.dir = Files.createDirectories(dir);
    this.maxBytes = maxBytes;
    this.maxAge = maxAge;
    this.clock = clock;
    this.lockFile = lock(this.dir);
  }

  /** Fails fast when another sink writes here: two writers would each miss the other's ids. */
  private static FileChannel lock(Path dir) throws IOException {
    FileChannel channel =
        FileChannel.open(dir.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    try {
      if (channel.tryLock() == null) {
        throw new IOException("another sink is writing to " + dir);
      }
    } catch (OverlappingFileLockException e) {
      channel.close();
      throw new IOException("another sink in this process is writing to " + dir, e);
    } catch (IOException e) {
      channel.close();
      throw e;
    }
    return channel;
  }

  public void write(String jsonLine) throws IOException {
    // String.getBytes takes the JDK's intrinsic path (a copy for ASCII text); Charset.encode goes
    // char by char through an encoder. It writes a lone surrogate as '?'.
    write(jsonLine.getBytes(StandardCharsets.UTF_8));
  }

  /** Appends one line of UTF-8 JSON (without its line break). */
  public void write(byte[] jsonLine) throws IOException {
    if (current == null
        || current.size() >= maxBytes
        || clock.instant().isAfter(openedAt.plus(maxAge))) {
      roll();
    }
    ByteBuffer[] line = {ByteBuffer.wrap(jsonLine), ByteBuffer.wrap(NEWLINE)};
    while (line[1].hasRemaining()) {
      current.write(line);
    }
  }

  private static final byte[] NEWLINE = {'\n'};

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
    syncDirectory(); // the new file's entry must survive a power loss as well as its data
  }

  private void syncDirectory() {
    try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
      d.force(true);
    } catch (IOException e) {
      // some file systems cannot open or sync a directory; the file's own fsync still holds
    }
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
    try {
      closeCurrent();
    } finally {
      lockFile.close();
    }
  }
}
