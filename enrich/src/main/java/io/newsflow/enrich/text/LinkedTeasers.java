package io.newsflow.enrich.text;

import io.newsflow.enrich.rules.BoilerplateRules;
import io.newsflow.enrich.rules.Thresholds;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Teasers of other stories whose link is a line of its own: a headline, its summary, then the bare
 * link ("mehr", "Read more", "weiterlesen": a {@code textPages.linkEnds} phrase alone on its line),
 * {@code repeatedLineMinCount} times or more one after another, with at most short lines (a kicker,
 * a sub-line) between one teaser's link and the next headline. A story's paragraphs followed by
 * links to related stories have more of the story between them. Immutable and thread-safe.
 */
final class LinkedTeasers {
  /** How far above its summary a teaser's headline may stand (a kicker between them). */
  private static final int HEADLINE_MAX_GAP = 2;

  private final Set<String> links = new HashSet<>();
  private final Thresholds.TextPages limits;

  LinkedTeasers(BoilerplateRules rules) {
    this.limits = rules.thresholds().textPages();
    for (String end : rules.textPages().linkEnds()) {
      links.add(end.replaceFirst("^\\|\\s*", ""));
    }
  }

  /** Marks the summaries and headlines of such teasers as related chrome. */
  void mark(List<Line> lines) {
    List<Integer> chain = new ArrayList<>();
    int lastLink = -1;
    for (int k = 1; k < lines.size(); k++) {
      Line summary = lines.get(k - 1);
      int headline = headlineAbove(lines, k - 1);
      if (!bareLink(lines.get(k))
          || summary.kind != BlockKind.BODY
          || !summary.sentence
          || summary.words < limits.paragraphMinWords()
          || headline < 0) {
        continue;
      }
      if (lastLink >= 0 && !onlyShortLines(lines, lastLink + 1, headline)) {
        markChain(lines, chain);
        chain.clear();
      }
      chain.add(k - 1);
      lastLink = k;
    }
    markChain(lines, chain);
  }

  private void markChain(List<Line> lines, List<Integer> summaries) {
    if (summaries.size() < limits.repeatedLineMinCount()) {
      return;
    }
    for (int s : summaries) {
      lines.get(s).mark(BlockKind.BOILERPLATE, "related");
      lines.get(headlineAbove(lines, s)).mark(BlockKind.BOILERPLATE, "related");
    }
  }

  /**
   * Nothing but short lines (a kicker, a date, an image's credit) from {@code from} to {@code to}:
   * the next teaser follows the last. A story's paragraphs between them make them links inside the
   * story.
   */
  private boolean onlyShortLines(List<Line> lines, int from, int to) {
    if (to - from > HEADLINE_MAX_GAP + 1) {
      return false;
    }
    for (int k = from; k < to; k++) {
      Line l = lines.get(k);
      if (l.kind == BlockKind.BODY && l.sentence && l.words >= limits.paragraphMinWords()) {
        return false;
      }
    }
    return true;
  }

  private boolean bareLink(Line l) {
    String t = LineStarts.lower(l.text).replaceAll("[\\s›»>→….]+$", "").strip();
    return l.words <= limits.shortLineMaxWords() && links.contains(t);
  }

  /** The headline-shaped body line within {@code HEADLINE_MAX_GAP} lines above, or -1. */
  private int headlineAbove(List<Line> lines, int summary) {
    for (int h = summary - 1; h >= 0 && h >= summary - HEADLINE_MAX_GAP; h--) {
      Line l = lines.get(h);
      if (l.kind == BlockKind.BODY
          && (!l.sentence || l.text.endsWith("?") || l.text.endsWith("!"))
          && l.words >= limits.headlineMinWords()
          && l.words <= limits.headlineMaxWords()) {
        return h;
      }
    }
    return -1;
  }
}
