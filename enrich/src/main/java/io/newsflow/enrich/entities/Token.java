package io.newsflow.enrich.entities;

/** One token of a text: {@code text} equals {@code source.substring(start, end)}. */
public record Token(String text, int start, int end) {
  public Token {
    if (start < 0 || end <= start || text.length() != end - start) {
      throw new IllegalArgumentException("bad token '" + text + "' [" + start + ", " + end + ")");
    }
  }
}
