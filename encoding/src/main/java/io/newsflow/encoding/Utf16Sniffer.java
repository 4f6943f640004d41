package io.newsflow.encoding;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Recognises UTF-16 without a byte order mark by its zero bytes: text that is mostly ASCII (any
 * markup is) has a zero in every other byte, always on the same side of each pair. Random or binary
 * bytes have zeros on both sides or hardly any. UTF-16 text with little ASCII (a CJK text file) has
 * too few zeros to tell, and is not recognised; browsers do not sniff UTF-16 at all.
 */
final class Utf16Sniffer {
  /** As many bytes as the MIME-sniffing standard's resource header, about. */
  static final int WINDOW = 1024;

  private static final int MIN_PAIRS = 8;

  private Utf16Sniffer() {}

  /** UTF-16LE or UTF-16BE when the first bytes look like it, else null. */
  static Charset guess(byte[] b) {
    int pairs = Math.min(b.length, WINDOW) / 2;
    if (pairs < MIN_PAIRS) {
      return null;
    }
    int lowFirst = 0; // ASCII in little-endian order: the second byte of the pair is zero
    int highFirst = 0;
    int bothZero = 0;
    for (int i = 0; i < pairs * 2; i += 2) {
      boolean first = b[i] == 0;
      boolean second = b[i + 1] == 0;
      if (first && second) {
        bothZero++;
      } else if (second) {
        lowFirst++;
      } else if (first) {
        highFirst++;
      }
    }
    if (lowFirst * 4 >= pairs && (highFirst + bothZero) * 8 <= lowFirst) {
      return StandardCharsets.UTF_16LE;
    }
    if (highFirst * 4 >= pairs && (lowFirst + bothZero) * 8 <= highFirst) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }
}
