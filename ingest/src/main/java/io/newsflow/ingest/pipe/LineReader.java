package io.newsflow.ingest.pipe;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads an input stream line by line (LF or CRLF) with a bound on the bytes kept per line: an
 * over-long line is read to its end and reported with its length and first bytes, so one huge line
 * never costs more memory than the bound.
 */
final class LineReader {
  /** How much of an over-long line is kept for its dead letter. */
  static final int KEPT_PREFIX_BYTES = 4_096;

  private static final int CHUNK = 65_536;

  private final InputStream in;
  private final int maxBytes;
  private final byte[] chunk = new byte[CHUNK];
  private int chunkPos;
  private int chunkEnd;
  private byte[] line = new byte[1024];

  LineReader(InputStream in, int maxBytes) {
    this.in = in;
    this.maxBytes = maxBytes;
  }

  /**
   * One line of the input.
   *
   * @param bytes the line without its line break (only the first bytes when too long)
   * @param length the line's full length in bytes
   */
  record Line(byte[] bytes, long length, boolean tooLong) {}

  /** The next line, or null at the end of the input. */
  Line next() throws IOException {
    int kept = 0;
    long length = 0;
    boolean sawAny = false;
    while (true) {
      if (chunkPos == chunkEnd && !fill()) {
        return sawAny ? finish(kept, length) : null;
      }
      sawAny = true;
      byte b = chunk[chunkPos++];
      if (b == '\n') {
        return finish(kept, length);
      }
      length++;
      if (length <= maxBytes || kept < KEPT_PREFIX_BYTES) {
        if (kept == line.length) {
          line =
              Arrays.copyOf(
                  line,
                  (int) Math.min((long) line.length * 2, Math.max(maxBytes, KEPT_PREFIX_BYTES)));
        }
        if (kept < line.length) {
          line[kept++] = b;
        }
      }
    }
  }

  private Line finish(int kept, long length) {
    int end = kept;
    if (length <= maxBytes && end > 0 && line[end - 1] == '\r') {
      end--;
      length--;
    }
    boolean tooLong = length > maxBytes;
    byte[] bytes = Arrays.copyOf(line, tooLong ? Math.min(end, KEPT_PREFIX_BYTES) : end);
    if (line.length > CHUNK) {
      line = new byte[1024]; // do not hold on to the buffer of one huge line
    }
    return new Line(bytes, length, tooLong);
  }

  private boolean fill() throws IOException {
    int n = in.read(chunk, 0, chunk.length);
    if (n <= 0) {
      return false;
    }
    chunkPos = 0;
    chunkEnd = n;
    return true;
  }
}
