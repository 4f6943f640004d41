package io.newsflow.enrich.text;

import io.newsflow.enrich.metadata.Dateline;
import io.newsflow.enrich.rules.Thresholds;

/**
 * Whether a line is a dateline, a short line that is mostly a date ("May 9, 2025", "9:25 09.05.2025
 * •", "date 2025-05-09"), and its date as ISO-8601 (with the time when the line gives it). The date
 * is read by the HTML extractor's {@link Dateline}; this class only says which lines count: short
 * ones with at most a few words besides the date (a text page has no headline to measure the
 * distance from, nor markup to tell a label from a sentence).
 */
final class DatelineParser {
  private final Dateline dateline;
  private final int maxChars;
  private final int maxOtherWords;

  DatelineParser(Dateline dateline, Thresholds thresholds) {
    this.dateline = dateline;
    this.maxChars = thresholds.dates().datelineMaxChars();
    this.maxOtherWords = thresholds.textPages().datelineMaxOtherWords();
  }

  /** ISO-8601 text, or null when the line is not a dateline. */
  String parse(String line) {
    if (line.length() > maxChars) {
      return null;
    }
    Dateline.Found date = dateline.first(line, null); // a text page declares no language
    if (date == null) {
      return null;
    }
    String rest = line.substring(0, date.start()) + " " + line.substring(date.end());
    return otherWords(rest) <= maxOtherWords ? date.iso() : null;
  }

  /**
   * Words of two letters or more ("•", "|" and a lone "a" are no words), and a word for every three
   * Han, kana or Hangul characters: "来源：网易科学人" is a label, "此分類上一篇：美樹營地" a sentence.
   */
  private static int otherWords(String rest) {
    int words = 0;
    int ideographs = 0;
    int run = 0;
    for (int i = 0; i <= rest.length(); i++) {
      char c = i < rest.length() ? rest.charAt(i) : ' ';
      if (Words.isIdeograph(c)) {
        ideographs++;
      }
      if (Character.isLetter(c) && !Words.isIdeograph(c)) {
        run++;
      } else {
        words += run > 1 ? 1 : 0;
        run = 0;
      }
    }
    return words + (ideographs + 2) / 3;
  }
}
