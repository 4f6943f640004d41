package io.newsflow.enrich.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Finds the elements holding the article: paragraphs vote for their ancestors (more text and
 * commas, less link text, content-ish markup), the best-voted container wins, and siblings that
 * look like more of the same article join it.
 */
final class ContentScorer {
  private static final int MAX_ALTERNATIVES = 10;

  private final BoilerplateRules rules;
  private final Thresholds t;

  ContentScorer(BoilerplateRules rules) {
    this.rules = rules;
    this.t = rules.thresholds();
  }

  /** The content roots in document order; the body itself when nothing scores. */
  List<Element> contentRoots(Element body, TextStats stats, boolean useHints) {
    return contentRoots(body, stats, useHints, null);
  }

  /**
   * @param declaredBody the page's JSON-LD articleBody, or null: the container of the paragraph
   *     it starts with ranks first, since the page itself says that is the article
   */
  List<Element> contentRoots(Element body, TextStats stats, boolean useHints, String declaredBody) {
    Map<Element, Double> scores = score(body, stats, useHints);
    boostDeclaredStart(declaredBody, stats, scores);
    Element top = null;
    double best = 0;
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      double s = e.getValue() * (1 - stats.linkDensity(e.getKey()));
      e.setValue(s);
      if (s > best) { // insertion order breaks ties the same way on every run
        best = s;
        top = e.getKey();
      }
    }
    if (top == null) {
      return List.of(body);
    }
    top = widen(top, body, scores, stats);
    return withSiblings(top, body, scores, stats);
  }

  /** Votes of the paragraphs the text walk found, skipping those under boilerplate. */
  private Map<Element, Double> score(Element body, TextStats stats, boolean useHints) {
    Map<Element, Double> scores = new LinkedHashMap<>(256); // jsoup nodes hash by identity
    Map<Element, Boolean> clear = new IdentityHashMap<>(512);
    int bodyChars = stats.chars(body);
    for (Element paragraph : stats.paragraphCandidates()) {
      if (pathClear(paragraph, body, stats, bodyChars, useHints, clear)) {
        vote(paragraph, stats, scores);
      }
    }
    return scores;
  }

  /**
   * True when neither the element nor an ancestor below body is boilerplate. Memoised per
   * element, so all paragraphs together cost one visit per ancestor, however deep the page.
   */
  private boolean pathClear(Element e, Element body, TextStats stats, int bodyChars,
      boolean useHints, Map<Element, Boolean> clear) {
    List<Element> chain = new ArrayList<>();
    Boolean known = null;
    for (Element cur = e; cur != null; cur = cur.parent()) {
      if (cur == body) {
        known = true;
        break;
      }
      known = clear.get(cur);
      if (known != null) {
        break;
      }
      chain.add(cur);
    }
    boolean ok = known != null && known;
    for (int i = chain.size() - 1; i >= 0; i--) {
      Element link = chain.get(i);
      ok = ok && !excluded(link, stats, bodyChars, useHints);
      clear.put(link, ok);
    }
    return ok;
  }

  private boolean excluded(Element e, TextStats stats, int bodyChars, boolean useHints) {
    String tag = e.normalName();
    if (rules.isSkipTag(tag) || rules.dropTagReason(tag) != null || stats.hidden(e)) {
      return true;
    }
    int chars = stats.chars(e);
    return useHints && chars * 2 < bodyChars && rules.hintReason(e, stats.profile(e), chars) != null;
  }

  private void vote(Element e, TextStats stats, Map<Element, Double> scores) {
    int len = paragraphChars(e, stats);
    if (len < t.minParagraphChars()) {
      return;
    }
    double points = 1 + Math.min(stats.get(e).commas, 20) + Math.min(len / 100.0, 3);
    Element ancestor = e.parent();
    for (int level = 0; ancestor != null && level < t.maxAncestorLevels(); level++) {
      if ("html".equals(ancestor.normalName())) {
        break;
      }
      double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
      if (!scores.containsKey(ancestor)) {
        scores.put(ancestor, initialScore(ancestor, stats));
      }
      scores.merge(ancestor, points / divider, Double::sum);
      ancestor = ancestor.parent();
    }
  }

  private void boostDeclaredStart(String declaredBody, TextStats stats, Map<Element, Double> scores) {
    String probe = probe(declaredBody);
    if (probe == null) {
      return;
    }
    int checked = 0;
    for (Element p : stats.paragraphCandidates()) {
      if (!"p".equals(p.normalName()) || checked++ > t.declaredBodyMaxProbes()) {
        continue;
      }
      if (Texts.normalize(p.text()).startsWith(probe) && p.parent() != null) {
        // The page's own declaration outweighs any score: its container ranks first.
        double best = scores.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        scores.put(p.parent(), best + t.declaredBodyBonus());
        return;
      }
    }
  }

  /** The opening words of the declared body, long enough to be distinctive. */
  private String probe(String declaredBody) {
    if (declaredBody == null) {
      return null;
    }
    String text = Texts.normalize(declaredBody);
    int length = t.declaredBodyProbeChars();
    return text.length() < length * 4 ? null : text.substring(0, length);
  }

  /** Paragraph-sized text this element contributes itself (not via nested paragraphs). */
  private int paragraphChars(Element e, TextStats stats) {
    TextStats.Counts c = stats.get(e);
    if ("p".equals(e.normalName()) || "pre".equals(e.normalName())) {
      return c.chars;
    }
    if (rules.isParagraphTag(e.normalName())) {
      return c.paragraphs > 0 ? c.ownChars : c.chars;
    }
    return c.ownChars; // loose text directly in a div is a paragraph too
  }

  private double initialScore(Element e, TextStats stats) {
    return rules.tagScore(e.normalName()) + stats.profile(e).classWeight() + rules.structuralBonus(e);
  }

  private static double scoreOf(Map<Element, Double> scores, Element e) {
    Double s = scores.get(e);
    return s == null ? 0 : s;
  }

  /** Moves up while a parent holds about as much article: a split body, or a lone wrapper. */
  private Element widen(Element top, Element body, Map<Element, Double> scores, TextStats stats) {
    Element common = commonAncestorOfAlternatives(top, body, scores);
    if (common != null) {
      top = common;
    }
    double last = scoreOf(scores, top);
    for (Element parent = top.parent(); parent != null && parent != body; parent = parent.parent()) {
      if (!scores.containsKey(parent)) {
        continue;
      }
      double ps = scoreOf(scores, parent);
      if (ps < last / 3) {
        break;
      }
      if (ps > last) {
        top = parent;
        break;
      }
      last = ps;
    }
    while (top.parent() != null && top.parent() != body // sizes first: childrenSize builds a list
        && stats.chars(top.parent()) == stats.chars(top) && top.parent().childrenSize() == 1) {
      top = top.parent();
    }
    return top;
  }

  private Element commonAncestorOfAlternatives(
      Element top, Element body, Map<Element, Double> scores) {
    double topScore = scoreOf(scores, top);
    List<Element> alternatives = new ArrayList<>();
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      if (e.getKey() != top && e.getValue() >= 0.75 * topScore) {
        alternatives.add(e.getKey());
        if (alternatives.size() == MAX_ALTERNATIVES) {
          break; // bounded work on pages with thousands of look-alike blocks
        }
      }
    }
    if (alternatives.size() < 3) {
      return null;
    }
    for (Element parent = top.parent(); parent != null && parent != body; parent = parent.parent()) {
      int contained = 0;
      for (Element alt : alternatives) {
        if (isAncestor(parent, alt)) {
          contained++;
        }
      }
      if (contained >= 3) {
        return parent;
      }
    }
    return null;
  }

  private List<Element> withSiblings(
      Element top, Element body, Map<Element, Double> scores, TextStats stats) {
    Element parent = top.parent();
    if (parent == null || top == body) {
      return List.of(top);
    }
    double topScore = scoreOf(scores, top);
    double threshold = Math.max(t.siblingMinScore(), topScore * t.siblingScoreRatio());
    String topClass = top.className();
    List<Element> roots = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (sibling == top) {
        roots.add(sibling);
        continue;
      }
      double bonus = !topClass.isEmpty() && topClass.equals(sibling.className()) ? topScore * 0.2 : 0;
      if (scores.containsKey(sibling) && scoreOf(scores, sibling) + bonus >= threshold) {
        roots.add(sibling);
      } else if ("p".equals(sibling.normalName()) && looksLikeProse(sibling, stats)) {
        roots.add(sibling);
      }
    }
    return roots;
  }

  private boolean looksLikeProse(Element p, TextStats stats) {
    int chars = stats.chars(p);
    double density = stats.linkDensity(p);
    if (chars >= t.siblingParagraphMinChars()) {
      return density < t.siblingParagraphMaxLinkDensity();
    }
    return chars > 0 && density == 0 && p.text().matches("(?s).*\\.( |$).*");
  }

  private static boolean isAncestor(Element ancestor, Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p == ancestor) {
        return true;
      }
    }
    return false;
  }
}
