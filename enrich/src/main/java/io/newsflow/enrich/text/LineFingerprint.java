package io.newsflow.enrich.text;

import java.util.Locale;

/**
 * A 64-bit fingerprint of a line after normalising it: lower case, digits folded to 0, runs of
 * whitespace and punctuation collapsed, so "Comments (12)" and "Comments (3)" or a date that
 * changes every day are one line. FNV-1a: stable across JVMs and versions, which a stored key must
 * be.
 */
public final class LineFingerprint {
  private static final long OFFSET = 0xcbf29ce484222325L;
  private static final long PRIME = 0x100000001b3L;

  private LineFingerprint() {}

  public static String of(String line) {
    return Long.toHexString(hash(normalise(line)));
  }

  static String normalise(String line) {
    StringBuilder out = new StringBuilder(line.length());
    boolean gap = false;
    String lower = line.toLowerCase(Locale.ROOT);
    for (int i = 0; i < lower.length(); ) {
      int cp = lower.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isDigit(cp)) {
        cp = '0';
      }
      if (Character.isLetterOrDigit(cp)) {
        if (gap && out.length() > 0) {
          out.append(' ');
        }
        gap = false;
        out.appendCodePoint(cp);
      } else {
        gap = true;
      }
    }
    return out.toString();
  }

  private static long hash(String s) {
    long h = OFFSET;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      h ^= c & 0xff;
      h *= PRIME;
      h ^= c >>> 8;
      h *= PRIME;
    }
    return h;
  }
}
