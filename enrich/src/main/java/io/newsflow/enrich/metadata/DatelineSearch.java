package io.newsflow.enrich.metadata;

import io.newsflow.enrich.dom.TextStats;
import io.newsflow.enrich.rules.BoilerplateRules;
import io.newsflow.enrich.rules.Thresholds;
import java.util.List;

/**
 * Finds the date a reader sees by the headline, for pages whose metadata gives none: short elements
 * just after the first h1 ("Published May 9, 2025", "Stand: 10.01.2024 06:30 Uhr"), or, on a page
 * without an h1, a first block of the text that is only a date. Long paragraphs are never read: a
 * date inside the story ("On 5 May the council...") is not the story's date. How far it looks is in
 * the rules' date thresholds. Immutable and thread-safe.
 */
public final class DatelineSearch {
  private final BoilerplateRules rules;
  private final Dateline dateline;
  private final Thresholds.Dates limits;

  public DatelineSearch(BoilerplateRules rules, Dateline dateline) {
    this.rules = rules;
    this.dateline = dateline;
    this.limits = rules.thresholds().dates();
  }

  /** ISO-8601 local date or date-time, or null; {@code language} is the page's declared tag. */
  public String near(TextStats stats, List<String> blocks, String language) {
    int h1 = firstH1(stats);
    Dateline.Found found = h1 >= 0 ? afterHeadline(h1, stats, language) : null;
    for (int i = 0;
        h1 < 0 && found == null && i < Math.min(limits.searchLeadingBlocks(), blocks.size());
        i++) {
      // without a headline to go by, only a block that is nothing but a date
      found =
          dateline.isOnlyADate(blocks.get(i), language)
              ? dateline.find(blocks.get(i), language)
              : null;
    }
    return found == null ? null : found.iso();
  }

  /** A date from a short line that is not a sentence ("Tickets for 12 May go on sale."). */
  private Dateline.Found read(String text, String language) {
    return text.length() <= limits.searchMaxChars() && !Dateline.endsLikeASentence(text)
        ? dateline.find(text, language)
        : null;
  }

  private Dateline.Found afterHeadline(int h1, TextStats stats, String language) {
    int seen = 0;
    int own = 0;
    int maxElements = limits.searchMaxElements();
    int maxOwn = limits.searchMaxOwnChars();
    for (int i = stats.end(h1);
        i < stats.size() && seen < maxElements && own < maxOwn;
        i++, seen++) {
      if (stats.hidden(i) || rules.dropTagReason(stats.element(i).normalName()) != null) {
        i = stats.end(i) - 1; // nothing inside a hidden box or a nav bar is the story's date
        continue;
      }
      if (stats.ownChars(i) == 0 || stats.chars(i) > limits.searchMaxChars() || inTable(stats, i)) {
        continue;
      }
      own += stats.ownChars(i);
      Dateline.Found found = read(stats.element(i).text(), language);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /**
   * A date in a table cell is a fact of the subject ("Founded: 28 February 1998"), not a dateline.
   */
  private boolean inTable(TextStats stats, int i) {
    for (int e = i, up = 0;
        e >= 0 && e != stats.body() && up < limits.searchTableLevels();
        e = stats.parent(e), up++) {
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
}
