package io.newsflow.encoding;

/**
 * Counts the well-formed multi-byte UTF-8 sequences in some bytes and the malformed ones, in one
 * pass: eight bytes at a time while they are ASCII (most of a page is markup and script), byte by
 * byte elsewhere. Well-formed is the Unicode standard's table 3-7 (no overlong forms, surrogates or
 * code points past U+10FFFF). Malformed sequences are counted as the JDK's UTF-8 decoders replace
 * them, one U+FFFD each: each maximal malformed subpart, except that an encoded surrogate (ED
 * A0..BF and what continues it) is one sequence, not one per byte as the Unicode recommendation has
 * it.
 */
final class Utf8Validity {
  /** Counts of non-ASCII sequences: characters UTF-8 reads, and U+FFFD it would put instead. */
  record Counts(int multiByte, int malformed) {
    boolean isAscii() {
      return multiByte == 0 && malformed == 0;
    }
  }

  private Utf8Validity() {}

  static Counts count(byte[] b, int from) {
    int multiByte = 0;
    int malformed = 0;
    int n = b.length;
    for (int i = Ascii.skip(b, from); i < n; i = Ascii.skip(b, i)) {
      int length = sequence(b, i, n);
      if (length > 0) {
        multiByte++;
        i += length;
      } else {
        malformed++;
        i -= length;
      }
    }
    return new Counts(multiByte, malformed);
  }

  /**
   * The length of the well-formed sequence at i, or minus the length of the malformed one (a
   * surrogate is checked last, as the JDK does: shaped like a sequence, it is one malformed one).
   */
  private static int sequence(byte[] b, int i, int n) {
    int lead = b[i] & 0xFF;
    int length;
    int low = 0x80;
    int high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
      length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      length = 3;
      low = lead == 0xE0 ? 0xA0 : low; // overlong
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      length = 4;
      low = lead == 0xF0 ? 0x90 : low; // overlong
      high = lead == 0xF4 ? 0x8F : high; // past U+10FFFF
    } else {
      return -1; // a continuation byte, C0, C1 or F5..FF
    }
    for (int k = 1; k < length; k++) {
      if (i + k >= n) {
        return -k;
      }
      int c = b[i + k] & 0xFF;
      if (c < low || c > high) {
        return -k;
      }
      low = 0x80;
      high = 0xBF;
    }
    boolean surrogate = lead == 0xED && (b[i + 1] & 0xFF) >= 0xA0;
    return surrogate ? -length : length;
  }
}
