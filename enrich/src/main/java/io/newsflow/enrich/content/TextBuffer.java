package io.newsflow.enrich.content;

import io.newsflow.enrich.markdown.MarkdownEscaper;
import io.newsflow.enrich.rules.Texts;
import java.util.Arrays;

/**
 * Accumulates the text of one block with whitespace collapsed as it arrives, counting visible and
 * linked characters, so a finished block needs no second normalising pass.
 */
final class TextBuffer {
  /**
   * A finished block's text with its visible and linked character counts; {@code markup} says
   * whether it holds a character that Markdown would read as markup anywhere in a line.
   */
  record Block(String text, int chars, int linkChars, boolean markup) {}

  /** A char array rather than a StringBuilder: runs are copied with one getChars each. */
  private char[] text = new char[256];

  private int length;
  private int chars;
  private int linkChars;
  private boolean pendingSpace;
  private boolean markup;

  /**
   * Appends raw text node content; {@code inLink} counts it as link text. The node is copied in
   * bulk behind the text so far and compacted in place (a copy per word cost more than the scan):
   * whitespace runs become one space, invisible characters (soft hyphens, zero-width spaces) are
   * dropped.
   */
  void append(String raw, boolean inLink) {
    int n = raw.length();
    int start = 0;
    while (start < n && isIndentation(raw.charAt(start))) {
      start++; // most text nodes between tags are only this: no copy, no table lookups
    }
    if (start > 0 && length > 0) {
      pendingSpace = true;
    }
    if (start == n) {
      return;
    }
    n -= start;
    int from = length + 1; // room for a pending space before the first visible character
    if (from + n > text.length) {
      text = Arrays.copyOf(text, Math.max(from + n, text.length * 2));
    }
    raw.getChars(start, start + n, text, from);
    char[] buf = text;
    int out = length;
    int visible = 0;
    boolean space = pendingSpace;
    boolean anyMarkup = false;
    for (int i = from, last = from + n; i < last; i++) {
      char c = buf[i];
      byte kind = Texts.kind(c);
      if (kind == Texts.VISIBLE) {
        if (space) {
          buf[out++] = ' ';
          space = false;
        }
        buf[out++] = c;
        visible++;
        anyMarkup |= MarkdownEscaper.isMarkup(c);
      } else if (kind == Texts.SPACE) {
        space = out > 0;
      }
    }
    pendingSpace = space;
    markup |= anyMarkup;
    length = out;
    chars += visible;
    if (inLink) {
      linkChars += visible;
    }
  }

  /** ASCII whitespace, all of which {@link Texts#kind} calls space. */
  private static boolean isIndentation(char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
  }

  /** Characters of text so far (a pending space not counted). */
  int length() {
    return length;
  }

  /** Where the next visible character will go in the block's text. */
  int position() {
    return length + (pendingSpace ? 1 : 0);
  }

  /** The block so far (possibly empty), leaving the buffer empty. */
  Block take() {
    Block block =
        new Block(length == 0 ? "" : new String(text, 0, length), chars, linkChars, markup);
    markup = false;
    length = 0;
    chars = 0;
    linkChars = 0;
    pendingSpace = false;
    return block;
  }
}
