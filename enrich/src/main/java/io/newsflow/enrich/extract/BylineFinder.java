package io.newsflow.enrich.extract;

import java.util.ArrayDeque;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Picks the byline element among those offered during the page walk: hints ("rel=author",
 * "class:byline") rank candidates, the first element of the best rank wins. Not thread-safe.
 */
final class BylineFinder {
  private static final int MAX_BYLINE_CHARS = 100;

  /** One finder per page: it keeps the best candidate seen. */
  BylineFinder(List<String> hints) {
    this.bestRank = hints.size();
    this.attrs = new String[hints.size()];
    this.values = new String[hints.size()];
    for (int i = 0; i < hints.size(); i++) { // "attr=value" split once; class hints are tokens
      String hint = hints.get(i);
      int eq = hint.indexOf('=');
      boolean byClass = hint.startsWith("class:");
      attrs[i] = byClass ? null : hint.substring(0, eq);
      values[i] = byClass ? hint.substring(6) : hint.substring(eq + 1);
    }
  }

  private int bestRank;
  private String best;
  private final String[] attrs;
  private final String[] values;

  /**
   * Offers an element with attributes; keeps it if it outranks the byline found so far. Class
   * hints are read from the element's class profile (its tokens, computed once per distinct
   * class value), so most elements cost one cached lookup.
   */
  void offer(Element e, TextStats stats) {
    if (bestRank == 0) {
      return;
    }
    int rank = rank(e, stats.classProfile(e).bylineRank());
    if (rank < bestRank) {
      String text = bylineText(e);
      if (text != null) {
        best = text;
        bestRank = rank;
      }
    }
  }

  String best() {
    return best;
  }

  /** The best rank among the attribute hints above {@code byClass} and {@code byClass} itself. */
  private int rank(Element e, int byClass) {
    int below = Math.min(bestRank, byClass);
    for (int i = 0; i < below; i++) {
      String attr = attrs[i];
      if (attr != null && e.hasAttr(attr) && hasWord(e.attr(attr), values[i])) {
        return i;
      }
    }
    return below;
  }

  /** Whether a space-separated attribute value holds the word (case-insensitively). */
  private static boolean hasWord(String value, String word) {
    if (value.isEmpty()) {
      return false;
    }
    int from = 0;
    while (true) { // word-bounded, case-insensitive search without splitting the value
      int at = indexOfIgnoreCase(value, word, from);
      if (at < 0) {
        return false;
      }
      int end = at + word.length();
      if ((at == 0 || Character.isWhitespace(value.charAt(at - 1)))
          && (end == value.length() || Character.isWhitespace(value.charAt(end)))) {
        return true;
      }
      from = at + 1;
    }
  }

  private static int indexOfIgnoreCase(String value, String word, int from) {
    for (int i = from; i + word.length() <= value.length(); i++) {
      if (value.regionMatches(true, i, word, 0, word.length())) {
        return i;
      }
    }
    return -1;
  }

  private static String bylineText(Element e) {
    Element name = nameDescendant(e);
    Element source = name != null ? name : e;
    if (visibleCharsExceed(source, MAX_BYLINE_CHARS)) {
      return null; // a large container: its text would be too long, so it is not built
    }
    String text = Texts.normalize(source.text());
    return text.isEmpty() || text.length() > MAX_BYLINE_CHARS ? null : text;
  }

  /** The first descendant (document order) marked itemprop="name", or null. */
  private static Element nameDescendant(Element e) {
    ArrayDeque<Element> pending = new ArrayDeque<>();
    pushChildren(e, pending);
    while (!pending.isEmpty()) {
      Element d = pending.pop();
      if (d.attributesSize() > 0 && "name".equalsIgnoreCase(d.attr("itemprop").trim())) {
        return d;
      }
      pushChildren(d, pending);
    }
    return null;
  }

  private static void pushChildren(Element e, ArrayDeque<Element> pending) {
    for (int i = e.childrenSize() - 1; i >= 0; i--) {
      pending.push(e.child(i));
    }
  }

  /**
   * Whether the subtree's text nodes hold more than {@code max} visible characters. Both jsoup's
   * {@code text()} and {@link Texts#normalize} keep every one of them (they only fold whitespace
   * and drop invisibles), so the normalised text would then be longer than {@code max} too.
   */
  private static boolean visibleCharsExceed(Element root, int max) {
    int visible = 0;
    ArrayDeque<Node> pending = new ArrayDeque<>();
    pending.push(root);
    while (!pending.isEmpty()) {
      Node n = pending.pop();
      if (n instanceof TextNode t) {
        String s = t.getWholeText();
        for (int i = 0; i < s.length(); i++) {
          if (Texts.kind(s.charAt(i)) == Texts.VISIBLE && ++visible > max) {
            return true;
          }
        }
      } else if (n instanceof Element el) {
        for (int i = el.childNodeSize() - 1; i >= 0; i--) {
          pending.push(el.childNode(i));
        }
      }
    }
    return false;
  }
}
