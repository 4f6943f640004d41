package io.newsflow.ingest.source;

import io.newsflow.ingest.fetch.FetchResult;
import io.newsflow.ingest.fetch.FetchedPage;
import io.newsflow.schema.deadletter.DeadLetterReason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Reads saved pages from a directory tree: .html, .htm and .xhtml as HTML, .txt as text, each
 * optionally gzipped (.html.gz). A file over the size limit (after decompression) is a failure,
 * never read whole into memory.
 */
public final class SavedPageReader {
  private static final Map<String, String> MEDIA_TYPES =
      Map.of(
          ".html",
          "text/html",
          ".htm",
          "text/html",
          ".xhtml",
          "application/xhtml+xml",
          ".txt",
          "text/plain");

  private final int maxBodyBytes;
  private final Clock clock;

  public SavedPageReader(int maxBodyBytes, Clock clock) {
    this.maxBodyBytes = maxBodyBytes;
    this.clock = clock;
  }

  /** The page files under the directory, in a stable (sorted) order. */
  public static List<Path> list(Path directory) throws IOException {
    try (Stream<Path> files = Files.walk(directory)) {
      return files.filter(Files::isRegularFile).filter(f -> mediaType(f) != null).sorted().toList();
    }
  }

  /** The URL a saved page is published under (its RawPage's requested URL). */
  public static String url(Path file) {
    return file.toAbsolutePath().normalize().toUri().toString();
  }

  /**
   * Names the file's content as it is now, like a web server's ETag: size and modification time.
   */
  public static String version(Path file) throws IOException {
    BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
    return a.size() + "-" + a.lastModifiedTime().toMillis();
  }

  public FetchResult read(Path file) {
    String url = url(file);
    try {
      byte[] bytes = readBounded(file);
      if (bytes == null) {
        return FetchResult.failed(
            url,
            DeadLetterReason.BODY_TOO_LARGE,
            "file over the limit of " + maxBodyBytes + " bytes");
      }
      if (bytes.length == 0) {
        return FetchResult.failed(url, DeadLetterReason.EMPTY_BODY, "empty file");
      }
      return new FetchResult.Page(
          new FetchedPage(url, url, clock.instant(), 0, mediaType(file), null, Map.of(), bytes));
    } catch (IOException e) {
      return FetchResult.failed(url, DeadLetterReason.IO_ERROR, e.toString());
    }
  }

  /**
   * The file's bytes, or null if they are over the limit. A plain file is read in one piece into an
   * array of its size; a gzipped one (only inflating it tells its size) or anything but a regular
   * file streams, up to the limit.
   */
  private byte[] readBounded(Path file) throws IOException {
    if (!gzipped(file) && Files.isRegularFile(file)) {
      if (Files.size(file) > maxBodyBytes) {
        return null;
      }
      byte[] bytes = Files.readAllBytes(file);
      return bytes.length > maxBodyBytes ? null : bytes; // it may have grown since
    }
    try (InputStream in = open(file)) {
      byte[] bytes = in.readNBytes((int) Math.min(maxBodyBytes + 1L, Integer.MAX_VALUE - 8));
      return bytes.length > maxBodyBytes ? null : bytes;
    }
  }

  private static boolean gzipped(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
  }

  private static InputStream open(Path file) throws IOException {
    InputStream in = Files.newInputStream(file);
    return gzipped(file) ? new GZIPInputStream(in) : in;
  }

  static String mediaType(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    for (Map.Entry<String, String> e : MEDIA_TYPES.entrySet()) {
      if (name.endsWith(e.getKey())) {
        return e.getValue();
      }
    }
    return null;
  }
}
