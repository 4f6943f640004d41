package io.newsflow.enrich.metadata;

import io.newsflow.enrich.dom.TextStats;
import io.newsflow.enrich.rules.HintProfile;
import io.newsflow.enrich.rules.Texts;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Picks the byline element among those offered during the page walk: hints ("rel=author",
 * "class:byline") rank candidates, the first element of the best rank wins. Not thread-safe.
 */
final class BylineFinder {
  /** One finder per page: it keeps the best candidate seen; longer bylines are containers. */
  BylineFinder(List<String> hints, String[] classNeedles, int maxChars) {
    this.maxChars = maxChars;
    this.bestRank = hints.size();
    this.classNeedles = classNeedles;
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

  /**
   * The class names the hints look for, lower-cased, without those that contain another
   * ("post-author" holds "author"): a class token can equal a hint only if the class holds one of
   * these, so they make a cheap pre-check. Computed once per rules.
   */
  static String[] classNeedles(List<String> hints) {
    List<String> names =
        hints.stream()
            .filter(h -> h.startsWith("class:"))
            .map(h -> h.substring(6).toLowerCase(Locale.ROOT))
            .distinct()
            .toList();
    return names.stream()
        .filter(n -> !n.isEmpty())
        .filter(n -> names.stream().noneMatch(other -> !other.equals(n) && n.contains(other)))
        .toArray(String[]::new);
  }

  private final String[] classNeedles;
  private final int maxChars;
  private int bestRank;
  private String best;
  private final String[] attrs;
  private final String[] values;

  /**
   * Offers an element with attributes; keeps it if it outranks the byline found so far. Class hints
   * are read from the element's class profile (its tokens, computed once per distinct class value),
   * and only for classes that mention a hint at all: most never do.
   */
  void offer(Element e, TextStats stats) {
    if (bestRank == 0) {
      return;
    }
    String cls = e.attr("class");
    int byClass = mentionsNeedle(cls) ? stats.classProfile(e).bylineRank() : HintProfile.NO_BYLINE;
    int rank = rank(e, byClass);
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

  /** Whether nothing can outrank the byline found (it matched the first hint). */
  boolean done() {
    return bestRank == 0;
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

  /** Whether the class holds a needle, ignoring case; allocates only for mixed-case classes. */
  private boolean mentionsNeedle(String cls) {
    if (cls.isEmpty()) {
      return false;
    }
    if (containsNeedle(cls)) {
      return true;
    }
    for (int i = 0; i < cls.length(); i++) {
      if (Character.isUpperCase(cls.charAt(i))) {
        return containsNeedle(cls.toLowerCase(Locale.ROOT));
      }
    }
    return false;
  }

  private boolean containsNeedle(String cls) {
    for (String needle : classNeedles) {
      if (cls.contains(needle)) {
        return true;
      }
    }
    return false;
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

  private String bylineText(Element e) {
    Element name = nameDescendant(e);
    Element source = name != null ? name : e;
    if (visibleCharsExceed(source, maxChars)) {
      return null; // a large container: its text would be too long, so it is not built
    }
    String text = Texts.normalize(source.text());
    return text.isEmpty() || text.length() > maxChars ? null : text;
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
    for (int i = e.childNodeSize() - 1; i >= 0; i--) { // (child(i) would build a child list)
      if (e.childNode(i) instanceof Element child) {
        pending.push(child);
      }
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
