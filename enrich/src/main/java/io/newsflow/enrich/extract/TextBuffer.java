package io.newsflow.enrich.extract;

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
   * Appends raw text node content; {@code inLink} counts it as link text. One pass: runs of
   * visible characters are copied in bulk, whitespace between them becomes one pending space,
   * invisible characters (soft hyphens, zero-width spaces) are dropped.
   */
  void append(String raw, boolean inLink) {
    int visible = 0;
    int n = raw.length();
    int i = 0;
    while (i < n) {
      byte kind = Texts.kind(raw.charAt(i));
      if (kind != Texts.VISIBLE) {
        pendingSpace |= kind == Texts.SPACE && length > 0;
        i++;
        continue;
      }
      int start = i;
      boolean runMarkup = false;
      do {
        runMarkup |= MarkdownBlocks.Escaper.isMarkup(raw.charAt(i));
        i++;
      } while (i < n && Texts.kind(raw.charAt(i)) == Texts.VISIBLE);
      markup |= runMarkup;
      copy(raw, start, i);
      visible += i - start;
    }
    chars += visible;
    if (inLink) {
      linkChars += visible;
    }
  }

  private void copy(String raw, int start, int end) {
    int needed = length + (end - start) + 1;
    if (needed > text.length) {
      text = Arrays.copyOf(text, Math.max(needed, text.length * 2));
    }
    if (pendingSpace) {
      text[length++] = ' ';
      pendingSpace = false;
    }
    raw.getChars(start, end, text, length);
    length += end - start;
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
    Block block = new Block(length == 0 ? "" : new String(text, 0, length), chars, linkChars,
        markup);
    markup = false;
    length = 0;
    chars = 0;
    linkChars = 0;
    pendingSpace = false;
    return block;
  }
}
