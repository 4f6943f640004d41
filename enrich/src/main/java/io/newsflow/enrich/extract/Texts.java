package io.newsflow.enrich.extract;

/** Whitespace and punctuation helpers that work on raw text without regex allocation. */
final class Texts {
  private Texts() {}

  static boolean isSpace(char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u00A0'
        || c == '\u2007' || c == '\u202F' || c == '\u3000' || (c >= '\u2000' && c <= '\u200A');
  }

  static boolean isInvisible(char c) {
    return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF' || c == '\u00AD';
  }

  /** Count of visible non-space characters: whitespace in markup must not weigh as text. */
  static int visibleLength(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isSpace(c) && !isInvisible(c)) {
        n++;
      }
    }
    return n;
  }

  static int countCommas(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ',' || c == '，' || c == '、' || c == '،') {
        n++;
      }
    }
    return n;
  }

  /** Collapses whitespace runs (nbsp included) to single spaces, drops invisibles, trims. */
  static String normalize(CharSequence s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(s.length());
    boolean pendingSpace = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isSpace(c)) {
        pendingSpace = out.length() > 0;
      } else if (!isInvisible(c)) {
        if (pendingSpace) {
          out.append(' ');
          pendingSpace = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max) + "…";
  }
}
