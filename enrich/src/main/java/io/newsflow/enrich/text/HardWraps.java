package io.newsflow.enrich.text;

import io.newsflow.enrich.rules.Thresholds;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Paragraphs hard-wrapped at a column width (plain-text mail, newswire, a scraper's relined copy):
 * several consecutive lines of similar length, with a blank line between paragraphs, whose
 * sentences run on over the line breaks. One such paragraph would otherwise be one block a line,
 * and lines broken before a capitalised word, a number or after a full stop look like short chrome
 * lines. A block of lines without a blank line between them is one wrapped paragraph when
 *
 * <ul>
 *   <li>it has at least {@code hardWrapMinLines} lines, no typed list items, and is mostly letters
 *       (no code);
 *   <li>all of its lines but the last are at most {@code hardWrapMaxColumns} wide (a Han or kana
 *       character is two columns) and at least {@code hardWrapMinShare} of their median width,
 *       which is at least {@code hardWrapMinColumns};
 *   <li>its prose runs on over the breaks: at least {@code hardWrapMinFlow} of them are plainly
 *       mid-sentence (the next line starts in lower case, the line ends in a comma or a function
 *       word) and it holds a sentence end. Scripts without case and spaces (Han, kana) have no such
 *       sign: there every line but the last must be as wide as the widest, give or take a
 *       character, and a sentence must end inside a line.
 * </ul>
 *
 * <p>A list of other stories' headlines has lines of similar width too, but they start in capitals
 * and end no sentence; a menu's lines are short.
 */
final class HardWraps {
  /** Prose is mostly letters; a block of code ("console.log(req.url); // true") is not. */
  private static final double PROSE_MIN_LETTERS = 0.8;

  /** Kinsoku moves a closing mark or a character to the next line: a line may be one short. */
  private static final int FULL_LINE_SLACK_COLUMNS = 2;

  private final Thresholds.TextPages limits;

  HardWraps(Thresholds.TextPages limits) {
    this.limits = limits;
  }

  /**
   * Which lines continue the paragraph of the line before them because they are of one hard-wrapped
   * paragraph; {@code midSentence} says whether the break before line {@code j} is plainly inside a
   * sentence.
   */
  boolean[] continuations(List<TextBlock> lines, IntPredicate midSentence) {
    boolean[] out = new boolean[lines.size()];
    int start = 0;
    while (start < lines.size()) {
      int end = start + 1;
      while (end < lines.size() && !lines.get(end).paragraphStart()) {
        end++;
      }
      if (isWrapped(lines.subList(start, end), start, midSentence)) {
        Arrays.fill(out, start + 1, end, true);
      }
      start = end;
    }
    return out;
  }

  private boolean isWrapped(List<TextBlock> block, int offset, IntPredicate midSentence) {
    int n = block.size();
    if (n < limits.hardWrapMinLines()
        || block.stream().anyMatch(b -> ArticleRegion.typedListItem(b.text()))
        || !mostlyLetters(block)) {
      return false;
    }
    int[] widths = new int[n - 1];
    for (int i = 0; i < n - 1; i++) {
      widths[i] = columns(block.get(i).text());
    }
    if (!similarWidths(widths)) {
      return false;
    }
    if (withoutSpaces(block)) {
      return allFull(widths) && block.stream().anyMatch(b -> endsSentenceInside(b.text()));
    }
    int flowing = 0;
    for (int j = 1; j < n; j++) {
      if (midSentence.test(offset + j)) {
        flowing++;
      }
    }
    return flowing >= limits.hardWrapMinFlow() * (n - 1)
        && block.stream()
            .anyMatch(b -> TextSplitter.endsSentence(b.text()) || endsSentenceInside(b.text()));
  }

  private boolean similarWidths(int[] widths) {
    int[] sorted = widths.clone();
    Arrays.sort(sorted);
    int median = sorted[sorted.length / 2];
    return median >= limits.hardWrapMinColumns()
        && sorted[sorted.length - 1] <= limits.hardWrapMaxColumns()
        && sorted[0] >= limits.hardWrapMinShare() * median;
  }

  private static boolean allFull(int[] widths) {
    int max = Arrays.stream(widths).max().orElse(0);
    return Arrays.stream(widths).allMatch(w -> w >= max - FULL_LINE_SLACK_COLUMNS);
  }

  private static boolean mostlyLetters(List<TextBlock> block) {
    int letters = 0;
    int visible = 0;
    for (TextBlock b : block) {
      String t = b.text();
      for (int i = 0; i < t.length(); i++) {
        char c = t.charAt(i);
        if (c != ' ') {
          visible++;
          letters += Character.isLetter(c) ? 1 : 0;
        }
      }
    }
    return letters >= PROSE_MIN_LETTERS * visible;
  }

  /** Mostly Han and kana: the lines break anywhere, without a space or a lower-case letter. */
  private static boolean withoutSpaces(List<TextBlock> block) {
    int wide = 0;
    int letters = 0;
    for (TextBlock b : block) {
      String t = b.text();
      for (int i = 0; i < t.length(); i++) {
        char c = t.charAt(i);
        if (Character.isLetter(c)) {
          letters++;
          if (writtenWithoutSpaces(c)) {
            wide++;
          }
        }
      }
    }
    return wide * 2 > letters;
  }

  /** A sentence's end followed by more text on the same line ("… fell. The …", "…了。他…"). */
  static boolean endsSentenceInside(String line) {
    for (int i = 0; i < line.length() - 2; i++) {
      char c = line.charAt(i);
      if (".!?。！？".indexOf(c) < 0) {
        continue;
      }
      char next = line.charAt(i + 1);
      boolean cjk = c >= 0x3000;
      if (cjk
          ? Character.isLetter(next)
          : next == ' ' && Character.isUpperCase(line.charAt(i + 2))) {
        return true;
      }
    }
    return false;
  }

  /** The line's width on a terminal: Han, kana, Hangul and fullwidth forms take two columns. */
  static int columns(String line) {
    int columns = 0;
    for (int i = 0; i < line.length(); i++) {
      columns += wide(line.charAt(i)) ? 2 : 1;
    }
    return columns;
  }

  private static boolean wide(char c) {
    return Words.isIdeograph(c) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFF60);
  }

  /**
   * Han, kana and their punctuation: two of them on either side of a line break join without a
   * space.
   */
  static boolean writtenWithoutSpaces(char c) {
    return (c >= 0x3000 && c <= 0x30FF)
        || (c >= 0x3400 && c <= 0x9FFF)
        || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0xFF00 && c <= 0xFF60);
  }
}
