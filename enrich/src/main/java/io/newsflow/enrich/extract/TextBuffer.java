package io.newsflow.enrich.extract;

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

  private final StringBuilder text = new StringBuilder();
  private int chars;
  private int linkChars;
  private boolean pendingSpace;
  private boolean markup;

  /** Appends raw text node content; {@code inLink} counts it as link text. */
  void append(String raw, boolean inLink) {
    if (!appendClean(raw, inLink)) {
      appendCollapsing(raw, inLink);
    }
  }

  /**
   * The common case in one bulk copy: text whose inner whitespace is already single plain spaces
   * (StringBuilder copies a whole String at once, but a CharSequence range char by char).
   */
  private boolean appendClean(String raw, boolean inLink) {
    int n = raw.length();
    int first = 0;
    while (first < n && Texts.kind(raw.charAt(first)) == Texts.SPACE) {
      first++;
    }
    int last = n - 1;
    while (last >= first && Texts.kind(raw.charAt(last)) == Texts.SPACE) {
      last--;
    }
    int visible = 0;
    char prev = 'x';
    for (int i = first; i <= last; i++) {
      char c = raw.charAt(i);
      if (c == ' ') {
        if (prev == ' ') {
          return false;
        }
      } else if (c < 0x7F ? c < ' ' : Texts.kind(c) != Texts.VISIBLE) {
        return false;
      } else {
        visible++;
        markup |= MarkdownBlocks.Escaper.isMarkup(c);
      }
      prev = c;
    }
    if (visible == 0) {
      pendingSpace |= first > 0 && text.length() > 0;
      return true;
    }
    if (text.length() > 0 && (pendingSpace || first > 0)) {
      text.append(' ');
    }
    text.append(first == 0 && last == n - 1 ? raw : raw.substring(first, last + 1));
    pendingSpace = last < n - 1;
    chars += visible;
    if (inLink) {
      linkChars += visible;
    }
    return true;
  }

  private void appendCollapsing(String raw, boolean inLink) {
    int visible = 0;
    int n = raw.length();
    int i = 0;
    while (i < n) {
      byte kind = Texts.kind(raw.charAt(i));
      if (kind != Texts.VISIBLE) {
        pendingSpace |= kind == Texts.SPACE && text.length() > 0;
        i++;
        continue;
      }
      int start = i; // copy the run of visible characters in bulk
      while (i < n && Texts.kind(raw.charAt(i)) == Texts.VISIBLE) {
        markup |= MarkdownBlocks.Escaper.isMarkup(raw.charAt(i));
        i++;
      }
      if (pendingSpace) {
        text.append(' ');
        pendingSpace = false;
      }
      text.append(raw, start, i);
      visible += i - start;
    }
    chars += visible;
    if (inLink) {
      linkChars += visible;
    }
  }

  /** Where the next visible character will go in the block's text. */
  int position() {
    return text.length() + (pendingSpace ? 1 : 0);
  }

  /** The block so far (possibly empty), leaving the buffer empty. */
  Block take() {
    Block block = new Block(text.toString(), chars, linkChars, markup);
    markup = false;
    text.setLength(0);
    chars = 0;
    linkChars = 0;
    pendingSpace = false;
    return block;
  }
}
