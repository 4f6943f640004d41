package io.newsflow.enrich.html;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Decodes UTF-8 page bytes for the parser. Markup is mostly ASCII, and the JDK's US-ASCII decoder
 * copies ASCII runs in bulk (an intrinsic), where the ASCII loop of its UTF-8 decoder copies a byte
 * at a time: about three times slower, and decoding took a tenth of the parse.
 *
 * <p>Only well-formed sequences are decoded here: at the first byte that is not (a stray
 * continuation byte, an overlong form, a surrogate, a sequence cut by the end), the JDK's UTF-8
 * decoder takes over the rest of the page. A UTF-8 decoder starts afresh at every sequence
 * boundary, so the characters are the JDK's own, replacement characters included. Not thread-safe.
 */
final class Utf8Reader extends Reader {
  private final byte[] bytes;
  private final ByteBuffer input;

  /** Reports (stops at) every non-ASCII byte: those are left to {@link #sequenceSize}. */
  private final CharsetDecoder ascii = StandardCharsets.US_ASCII.newDecoder();

  /** The second half of a surrogate pair that did not fit the last read. */
  private char pendingLow;

  /** The JDK's UTF-8 reader of the rest, once a byte is not plainly well-formed. */
  private Reader fallback;

  private boolean closed;

  Utf8Reader(byte[] bytes) {
    this(bytes, 0);
  }

  /** Decodes {@code bytes} from {@code offset} on (past a byte order mark). */
  Utf8Reader(byte[] bytes, int offset) {
    this.bytes = bytes;
    this.input = ByteBuffer.wrap(bytes);
    input.position(offset);
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    Objects.checkFromIndexSize(off, len, cbuf.length);
    if (closed) {
      throw new IOException("Stream closed");
    }
    if (len == 0) {
      return 0;
    }
    int out = off;
    int end = off + len;
    if (pendingLow != 0) {
      cbuf[out++] = pendingLow;
      pendingLow = 0;
    }
    if (fallback == null) {
      out = decode(cbuf, out, end);
    }
    if (fallback != null && out < end) {
      int n = fallback.read(cbuf, out, end - out);
      if (n > 0) {
        out += n;
      }
    }
    return out == off ? -1 : out - off;
  }

  /**
   * Decodes into {@code cbuf[out, end)} until it is full, the input ends or is not plain. ASCII
   * runs go through the JDK's US-ASCII decoder, which copies them in bulk; it stops at each
   * non-ASCII byte, and the sequence there is decoded here.
   */
  private int decode(char[] cbuf, int out, int end) {
    CharBuffer chars = CharBuffer.wrap(cbuf, out, end - out);
    while (chars.hasRemaining() && input.hasRemaining()) {
      ascii.decode(input, chars, false);
      if (!chars.hasRemaining() || !input.hasRemaining()) {
        break;
      }
      int p = input.position();
      int size = sequenceSize(bytes, p, bytes.length);
      if (size == 0) {
        fallback = jdkReader(bytes, p);
        break;
      }
      int cp = codePoint(bytes, p, size);
      if (size == 4) {
        chars.put(Character.highSurrogate(cp));
        if (chars.hasRemaining()) {
          chars.put(Character.lowSurrogate(cp));
        } else {
          pendingLow = Character.lowSurrogate(cp);
        }
      } else {
        chars.put((char) cp);
      }
      input.position(p + size);
    }
    return chars.position();
  }

  /**
   * The length of the well-formed multi-byte sequence at {@code p} (Unicode table 3-7: no overlong
   * forms, no surrogates, nothing above U+10FFFF), or 0.
   */
  static int sequenceSize(byte[] in, int p, int n) {
    int b0 = in[p] & 0xFF;
    int size =
        b0 >= 0xC2 && b0 <= 0xDF
            ? 2
            : b0 >= 0xE0 && b0 <= 0xEF ? 3 : b0 >= 0xF0 && b0 <= 0xF4 ? 4 : 0;
    if (size == 0 || p + size > n) {
      return 0;
    }
    int b1 = in[p + 1] & 0xFF;
    if (b1 < secondMin(b0) || b1 > secondMax(b0)) {
      return 0;
    }
    for (int k = 2; k < size; k++) {
      if (!isContinuation(in[p + k])) {
        return 0;
      }
    }
    return size;
  }

  /** The second byte's range narrows after E0 (overlong), F0 (overlong) ... */
  private static int secondMin(int b0) {
    return b0 == 0xE0 ? 0xA0 : b0 == 0xF0 ? 0x90 : 0x80;
  }

  /** ... and after ED (surrogates) and F4 (above U+10FFFF). */
  private static int secondMax(int b0) {
    return b0 == 0xED ? 0x9F : b0 == 0xF4 ? 0x8F : 0xBF;
  }

  private static boolean isContinuation(byte b) {
    return (b & 0xC0) == 0x80;
  }

  private static int codePoint(byte[] in, int p, int size) {
    int b0 = in[p];
    return switch (size) {
      case 2 -> (b0 & 0x1F) << 6 | in[p + 1] & 0x3F;
      case 3 -> (b0 & 0x0F) << 12 | (in[p + 1] & 0x3F) << 6 | in[p + 2] & 0x3F;
      default ->
          (b0 & 0x07) << 18 | (in[p + 1] & 0x3F) << 12 | (in[p + 2] & 0x3F) << 6 | in[p + 3] & 0x3F;
    };
  }

  private static Reader jdkReader(byte[] in, int from) {
    return new InputStreamReader(
        new ByteArrayInputStream(in, from, in.length - from), StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    closed = true; // nothing to release: the bytes belong to the caller
  }
}
