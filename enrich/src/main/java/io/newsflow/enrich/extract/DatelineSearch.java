package io.newsflow.enrich.extract;

import java.util.List;

/**
 * Finds the date a reader sees by the headline, for pages whose metadata gives none: short
 * elements just after the first h1 ("Published May 9, 2025", "Stand: 10.01.2024 06:30 Uhr"),
 * else the first short blocks of the text. Long paragraphs are never read: a date inside the
 * story ("On 5 May the council...") is not the story's date.
 */
final class DatelineSearch {
  /** Longer elements are prose, not a dateline. */
  private static final int MAX_CHARS = 120;
  /** How far after the headline to look, in elements and in characters of their own text. */
  private static final int MAX_ELEMENTS = 40;
  private static final int MAX_OWN_CHARS = 400;
  private static final int LEADING_BLOCKS = 3;
  private static final int TABLE_LEVELS = 4;

  private DatelineSearch() {}

  /** ISO-8601 local date or date-time, or null. */
  static String near(TextStats stats, List<String> blocks, String language) {
    String lang = primary(language);
    Dateline.Found found = afterHeadline(stats, lang);
    for (int i = 0; found == null && i < Math.min(LEADING_BLOCKS, blocks.size()); i++) {
      if (blocks.get(i).length() <= MAX_CHARS) {
        found = Dateline.find(blocks.get(i), lang);
      }
    }
    return found == null ? null : found.iso();
  }

  private static Dateline.Found afterHeadline(TextStats stats, String lang) {
    int h1 = firstH1(stats);
    if (h1 < 0) {
      return null;
    }
    int seen = 0;
    int own = 0;
    for (int i = stats.end(h1); i < stats.size() && seen < MAX_ELEMENTS && own < MAX_OWN_CHARS; i++, seen++) {
      if (stats.ownChars(i) == 0 || stats.chars(i) > MAX_CHARS || stats.hidden(i) || inTable(stats, i)) {
        continue;
      }
      own += stats.ownChars(i);
      Dateline.Found found = Dateline.find(stats.element(i).text(), lang);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /** A date in a table cell is a fact of the subject ("Founded: 28 February 1998"), not a dateline. */
  private static boolean inTable(TextStats stats, int i) {
    for (int e = i, up = 0; e >= 0 && e != stats.body() && up < TABLE_LEVELS; e = stats.parent(e), up++) {
      String tag = stats.element(e).normalName();
      if (tag.equals("td") || tag.equals("th")) {
        return true;
      }
    }
    return false;
  }

  private static int firstH1(TextStats stats) {
    for (int i = Math.max(0, stats.body()); i < stats.size(); i++) {
      if ("h1".equals(stats.element(i).normalName()) && !stats.hidden(i)) {
        return i;
      }
    }
    return -1;
  }

  /** "en-US" -> "en"; null stays null. */
  static String primary(String language) {
    if (language == null) {
      return null;
    }
    int dash = language.indexOf('-');
    return (dash > 0 ? language.substring(0, dash) : language).toLowerCase(java.util.Locale.ROOT);
  }
}
