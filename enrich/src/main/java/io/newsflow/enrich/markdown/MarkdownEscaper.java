package io.newsflow.enrich.markdown;

/** Backslash escapes for the characters that would turn text into markup. */
public final class MarkdownEscaper {
  private MarkdownEscaper() {}

  /**
   * Appends {@code text[from, to)}; {@code lineStart} is the offset in {@code out} where the line's
   * content begins (block markers such as "# " or "1. " only matter there), or -1. {@code scan}
   * false says the text holds none of the characters that need a backslash anywhere (the text
   * buffer noticed while filling), so only the line start is looked at.
   */
  static void append(
      String text, int from, int to, StringBuilder out, int lineStart, boolean scan) {
    int run = from; // plain characters are copied in runs, not one by one
    if (from < to && out.length() == lineStart) {
      run = escapeLineStart(text, from, to, out);
    }
    for (int i = run; scan && i < to; i++) {
      char c = text.charAt(i);
      if (c >= ANYWHERE.length || !ANYWHERE[c]) {
        continue;
      }
      boolean escape =
          switch (c) {
            case '_' ->
                i == 0
                    || i + 1 >= text.length()
                    || !Character.isLetterOrDigit(text.charAt(i - 1))
                    || !Character.isLetterOrDigit(
                        text.charAt(i + 1)); // snake_case never emphasises
            case '&' -> startsEntity(text, i);
            default -> true;
          };
      if (escape) {
        out.append(text, run, i).append('\\');
        run = i;
      }
    }
    if (run == 0 && to == text.length()) {
      out.append(text); // a whole String is copied in bulk, a range char by char
    } else {
      out.append(text, run, to);
    }
  }

  static void append(String text, int from, int to, StringBuilder out, int lineStart) {
    append(text, from, to, out, lineStart, true);
  }

  /** Whether a character needs a backslash wherever it stands (some only in some places). */
  public static boolean isMarkup(char c) {
    return c < ANYWHERE.length && ANYWHERE[c];
  }

  /** Characters that may need a backslash anywhere in a line. */
  private static final boolean[] ANYWHERE = new boolean[128];

  static {
    for (char c : "\\`*[]<_&".toCharArray()) {
      ANYWHERE[c] = true;
    }
  }

  /** Whether {@link #escapeLineStart} would escape something at the start of the text. */
  static boolean startsLikeMarker(String text) {
    if (text.isEmpty()) {
      return false;
    }
    if ("#>-+=~".indexOf(text.charAt(0)) >= 0) {
      return true;
    }
    int j = 0;
    while (j < text.length() && j < 10 && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
      j++;
    }
    return j > 0
        && j <= 9
        && j < text.length()
        && (text.charAt(j) == '.' || text.charAt(j) == ')')
        && (j + 1 == text.length() || text.charAt(j + 1) == ' ');
  }

  /**
   * Escapes what would read as a block marker at the start of a line: "#", ">", "-", "+", "=", "~"
   * as first character, and the "." or ")" of a leading number ("1999. A year" is no list). Returns
   * where plain copying continues.
   */
  private static int escapeLineStart(String text, int from, int to, StringBuilder out) {
    char first = text.charAt(from);
    if ("#>-+=~".indexOf(first) >= 0) {
      out.append('\\');
      return from;
    }
    int j = from;
    while (j < to && j - from < 10 && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
      j++;
    }
    if (j > from
        && j - from <= 9
        && j < to
        && (text.charAt(j) == '.' || text.charAt(j) == ')')
        && (j + 1 == text.length() || text.charAt(j + 1) == ' ')) {
      out.append(text, from, j).append('\\');
      return j;
    }
    return from;
  }

  /** "&amp;" or "&#38;" in text would be decoded again by a Markdown renderer. */
  private static boolean startsEntity(String text, int at) {
    int i = at + 1;
    int limit = Math.min(text.length(), at + 33);
    if (i < limit && text.charAt(i) == '#') {
      i++;
    }
    int start = i;
    while (i < limit && Character.isLetterOrDigit(text.charAt(i))) {
      i++;
    }
    return i > start && i < limit && text.charAt(i) == ';';
  }

  private static boolean isPlainUrl(String url) {
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c <= ' ' || c == '(' || c == ')' || c == '<' || c == '>' || c == '\\') {
        return false;
      }
    }
    return true;
  }

  /** URLs go between parentheses: spaces and brackets would end or break them. */
  static void appendUrl(String url, StringBuilder out) {
    if (isPlainUrl(url)) {
      out.append(url);
      return;
    }
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      switch (c) {
        case ' ' -> out.append("%20");
        case '(' -> out.append("%28");
        case ')' -> out.append("%29");
        case '<' -> out.append("%3C");
        case '>' -> out.append("%3E");
        case '\\' -> out.append("%5C");
        default -> {
          if (c < ' ') {
            continue; // control characters have no place in a link
          }
          out.append(c);
        }
      }
    }
  }
}
