package io.newsflow.enrich.rules;

/** Whitespace and punctuation helpers that work on raw text without regex allocation. */
public final class Texts {
  private Texts() {}

  public static final byte VISIBLE = 0;
  public static final byte SPACE = 1;
  static final byte INVISIBLE = 2;

  /** Character kinds up to U+3000 (ideographic space), looked up instead of branch chains. */
  private static final byte[] KINDS = new byte[0x3001];

  static {
    for (char c = 0; c < KINDS.length; c++) {
      KINDS[c] = isSpaceSlow(c) ? SPACE : isInvisibleSlow(c) ? INVISIBLE : VISIBLE;
    }
  }

  /** VISIBLE, SPACE or INVISIBLE. */
  public static byte kind(char c) {
    if (c < KINDS.length) {
      return KINDS[c];
    }
    return c == '\uFEFF' ? INVISIBLE : VISIBLE;
  }

  static boolean isSpace(char c) {
    return kind(c) == SPACE;
  }

  static boolean isInvisible(char c) {
    return kind(c) == INVISIBLE;
  }

  private static boolean isSpaceSlow(char c) {
    return c == ' '
        || c == '\n'
        || c == '\t'
        || c == '\r'
        || c == '\f'
        || c == '\u00A0'
        || c == '\u2007'
        || c == '\u202F'
        || c == '\u3000'
        || (c >= '\u2000' && c <= '\u200A');
  }

  private static boolean isInvisibleSlow(char c) {
    return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF' || c == '\u00AD';
  }

  public static boolean isComma(char c) {
    return c == ',' || c == '，' || c == '、' || c == '،';
  }

  /** Collapses whitespace runs (nbsp included) to single spaces, drops invisibles, trims. */
  public static String normalize(CharSequence s) {
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
  public static boolean isLink(org.jsoup.nodes.Element e) {
    return "a".equals(e.normalName())
        && !e.attr("href").regionMatches(true, 0, "javascript:", 0, 11);
  }

  public static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max) + "…";
  }
}
