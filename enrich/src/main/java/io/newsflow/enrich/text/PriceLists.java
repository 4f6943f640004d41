package io.newsflow.enrich.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A shop's offers printed in the story: {@code PRICE_RUN_MIN_LINES} or more short lines in a row,
 * each with a price ("$285 at REI", "Lego 75346 / Snubfighter der Piraten: 34,99 Euro",
 * "Grundgebühr: mtl. 5,99 Euro"), are the buttons or the price list of a shopping box, not the
 * story's sentences, which say what a thing costs at a sentence's length. Program code ("(local.get
 * $1)") is no price. Immutable and thread-safe.
 */
final class PriceLists {
  /** At least this many price lines in a row make a list. */
  private static final int PRICE_RUN_MIN_LINES = 2;

  /** At most this many words in a price line. */
  private static final int PRICE_LINE_MAX_WORDS = 12;

  /** At most this many words in the product's name over a list or the shop's link under it. */
  private static final int LABEL_MAX_WORDS = 8;

  /** An amount with its currency, before or after it. */
  private static final Pattern PRICE =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(?:[$€£¥]\\s?\\d[\\d.,]*"
              + "|\\d[\\d.,]*\\s?(?:[$€£¥]|(?:Euro|EUR|USD|GBP|CHF|Dollar|Franken|kr|zł|Kč)"
              + "(?![\\p{L}])))");

  /** Marks the region's runs of price lines. */
  void mark(List<Line> lines, int[] region) {
    int k = region[0];
    while (k < region[1]) {
      int end = k;
      while (end < region[1] && isPriceLine(lines.get(end))) {
        end++;
      }
      if (end - k >= PRICE_RUN_MIN_LINES) {
        int from = k > region[0] && isLabel(lines.get(k - 1)) ? k - 1 : k;
        int to = end < region[1] && isLabel(lines.get(end)) ? end + 1 : end;
        for (int i = from; i < to; i++) {
          lines.get(i).mark(BlockKind.BOILERPLATE, "offer");
        }
      }
      k = Math.max(end, k + 1);
    }
  }

  /** The product's name over its prices or the shop's link under them: a few words, no sentence. */
  private static boolean isLabel(Line l) {
    return l.kind == BlockKind.BODY && l.words <= LABEL_MAX_WORDS && !l.sentence;
  }

  private static boolean isPriceLine(Line l) {
    return l.kind == BlockKind.BODY
        && l.words <= PRICE_LINE_MAX_WORDS
        && !isCode(l.text)
        && PRICE.matcher(l.text).find();
  }

  /** Program code: braces, assignments, or a whole line in parentheses ("(local.get $1)"). */
  private static boolean isCode(String text) {
    String t = text.strip();
    if (t.startsWith("(") && t.endsWith(")")) {
      return true;
    }
    for (int i = 0; i < t.length(); i++) {
      if ("{};=<>".indexOf(t.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }
}
