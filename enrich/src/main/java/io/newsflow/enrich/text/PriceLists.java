package io.newsflow.enrich.text;

import io.newsflow.enrich.rules.Thresholds;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A shop's offers printed in the story: {@code PRICE_RUN_MIN_LINES} or more short lines in a row,
 * each with a price ("$285 at REI", "Lego 75346 / Snubfighter der Piraten: 34,99 Euro",
 * "Grundgebühr: mtl. 5,99 Euro"), are the buttons or the price list of a shopping box, not the
 * story's sentences, which say what a thing costs at a sentence's length. Program code ("(local.get
 * $1)") is no price. A line of promotion size that offers a shop's discount code ("Deposit RM100
 * and get a RM10 bonus with the code SAVE10", "10% off with this promo code", "Gutscheincode") is
 * such an offer too. Immutable and thread-safe.
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

  /** A discount code offered: named so, or an upper-case code after "code". */
  private static final Pattern COUPON =
      Pattern.compile(
          "(?iu)\\b(?:promo|discount|coupon|voucher|rabatt|gutschein|aktions)[- ]?code\\b"
              + "|\\bcode promo\\b|\\bcódigo (?:promocional|de descuento)\\b"
              + "|(?-i:\\b(?:with|use|using|mit|avec) (?:the |dem |le )?(?:code|Code) [A-Z0-9]{4,}\\b)");

  private final Thresholds.TextPages limits;

  PriceLists(Thresholds.TextPages limits) {
    this.limits = limits;
  }

  /** Marks the region's runs of price lines and its discount-code offers. */
  void mark(List<Line> lines, int[] region) {
    for (int i = region[0]; i < region[1]; i++) {
      Line l = lines.get(i);
      if (l.kind == BlockKind.BODY
          && l.text.length() <= limits.promoLineMaxChars()
          && COUPON.matcher(l.text).find()) {
        l.mark(BlockKind.BOILERPLATE, "offer");
      }
    }
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
