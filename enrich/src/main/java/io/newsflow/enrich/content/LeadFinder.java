package io.newsflow.enrich.content;

import io.newsflow.enrich.dom.TextStats;
import io.newsflow.enrich.rules.BoilerplateRules;
import io.newsflow.enrich.rules.Texts;
import io.newsflow.enrich.rules.Thresholds;

/**
 * The lead (standfirst, teaser, intro) that many templates put in the page header next to the
 * headline, outside the container that holds the rest of the story. The page names it itself: its
 * visible text is the page's declared description; failing that, it is the paragraph of prose right
 * under the headline. Found before the first content root, it joins the content as its first root.
 */
public final class LeadFinder {
  private final BoilerplateRules rules;
  private final Thresholds.Html t;

  public LeadFinder(BoilerplateRules rules) {
    this.rules = rules;
    this.t = rules.thresholds().html();
  }

  /**
   * The roots with the lead in front, or the same array when there is none.
   *
   * @param roots content roots in document order
   * @param description the page's declared description (meta or JSON-LD), or null
   */
  public int[] withLead(int[] roots, TextStats stats, String description) {
    if (roots.length == 0 || roots[0] == stats.body()) {
      return roots;
    }
    int first = roots[0];
    for (int r : roots) {
      first = Math.min(first, r); // continuation chunks come after the siblings, in any order
    }
    int lead = declaredLead(first, stats, description);
    if (lead < 0) {
      lead = leadUnderHeadline(first, stats);
    }
    if (lead < 0) {
      return roots;
    }
    int[] out = new int[roots.length + 1];
    out[0] = lead;
    System.arraycopy(roots, 0, out, 1, roots.length);
    return out;
  }

  /** The last block before the root that reads as the declared description, or -1. */
  private int declaredLead(int first, TextStats stats, String description) {
    if (description == null) {
      return -1;
    }
    String want = Texts.normalize(description);
    int wantChars = visibleChars(want);
    if (wantChars < t.leadMinChars()) {
      return -1; // "Read the latest news": too short to tell a lead from a label
    }
    int lead = -1;
    for (int c : stats.paragraphCandidates()) {
      if (stats.end(c) > first) {
        break; // candidates come in the order they end: the rest hold or follow the root
      }
      int chars = stats.chars(c);
      if (chars * t.leadMatchRatio() <= wantChars
          && wantChars * t.leadMatchRatio() <= chars
          && sameText(Texts.normalize(stats.element(c).text()), want)
          && clear(c, stats)) {
        lead = c; // the last one before the root: the nearest to the story
      }
    }
    return lead;
  }

  /**
   * The paragraph of prose that follows the page's headline ({@code <h1>}) as its sibling, past
   * short blocks such as a byline or a date, when the story's container starts after both: an intro
   * set in the page's hero header. -1 if there is none.
   */
  private int leadUnderHeadline(int first, TextStats stats) {
    int headline = -1;
    for (int e = stats.body() + 1; e < first; e++) {
      if ("h1".equals(stats.element(e).normalName()) && stats.end(e) <= first) {
        headline = e; // the last h1 before the story: a logo's h1 comes first
      }
    }
    if (headline < 0 || stats.parent(headline) < 0) {
      return -1;
    }
    int parent = stats.parent(headline);
    for (int s = stats.end(headline); s < stats.end(parent) && s < first; s = stats.end(s)) {
      int chars = stats.weightedChars(s);
      if (chars < t.siblingParagraphMinChars()) {
        continue; // a byline, a date, a share bar's icons
      }
      boolean prose =
          "p".equals(stats.element(s).normalName())
              && stats.linkDensity(s) < t.siblingParagraphMaxLinkDensity()
              && clear(s, stats);
      return prose ? s : -1;
    }
    return -1;
  }

  /** One holds the other, at nearly the same length (descriptions may be cut with an ellipsis). */
  private boolean sameText(String seen, String want) {
    String shorter = seen.length() <= want.length() ? seen : want;
    String longer = shorter == seen ? want : seen;
    String core = stripEllipsis(shorter);
    return core.length() >= longer.length() * t.leadMatchRatio() && longer.contains(core);
  }

  private static String stripEllipsis(String s) {
    String out = s;
    if (out.endsWith("...")) {
      out = out.substring(0, out.length() - 3);
    } else if (out.endsWith("…")) {
      out = out.substring(0, out.length() - 1);
    }
    return out.strip();
  }

  /** Neither the block nor an ancestor is hidden or a box the rules drop (a teaser, a nav). */
  private boolean clear(int e, TextStats stats) {
    int body = stats.body();
    int bodyChars = stats.chars(body);
    for (int cur = e; cur >= 0 && cur != body; cur = stats.parent(cur)) {
      String tag = stats.element(cur).normalName();
      if (stats.hidden(cur) || rules.isSkipTag(tag)) {
        return false;
      }
      int chars = stats.chars(cur);
      if (rules.dropTagReason(tag) != null && chars * 2 < bodyChars) {
        return false;
      }
      if (chars * 2 < bodyChars
          && chars > stats.chars(e) // the lead's own class ("teaser", "summary") is no verdict
          && rules.hintReason(stats.element(cur), stats.profile(cur), chars) != null) {
        return false;
      }
    }
    return true;
  }

  private static int visibleChars(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) != ' ') {
        n++;
      }
    }
    return n;
  }
}
