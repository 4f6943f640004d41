package io.newsflow.enrich.extract;

/** Whitespace and punctuation helpers that work on raw text without regex allocation. */
final class Texts {
  private Texts() {}

  static boolean isSpace(char c) {
    if (c > ' ' && c < 0x7F) {
      return false; // fast path for ASCII text
    }
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u00A0'
        || c == '\u2007' || c == '\u202F' || c == '\u3000' || (c >= '\u2000' && c <= '\u200A');
  }

  static boolean isInvisible(char c) {
    return c >= '\u00AD' && (c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF' || c == '\u00AD');
  }

  static boolean isComma(char c) {
    return c == ',' || c == '，' || c == '、' || c == '،';
  }

  /** Collapses whitespace runs (nbsp included) to single spaces, drops invisibles, trims. */
  static String normalize(CharSequence s) {
    if (s == null) {
      return "";
    }
    if (s instanceof String str && isNormalized(str)) {
      return str;
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

  private static boolean isNormalized(String s) {
    if (s.isEmpty()) {
      return true;
    }
    if (s.charAt(0) == ' ' || s.charAt(s.length() - 1) == ' ') {
      return false;
    }
    char prev = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((isSpace(c) && (c != ' ' || prev == ' ')) || isInvisible(c)) {
        return false;
      }
      prev = c;
    }
    return true;
  }

  /** Links that lead somewhere; "javascript:" pseudo-links are buttons, their text is prose. */
  static boolean isLink(org.jsoup.nodes.Element e) {
    return "a".equals(e.normalName()) && !e.attr("href").regionMatches(true, 0, "javascript:", 0, 11);
  }

  static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max) + "…";
  }
}
