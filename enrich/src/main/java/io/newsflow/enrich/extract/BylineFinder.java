package io.newsflow.enrich.extract;

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
  private static final int MAX_BYLINE_CHARS = 100;

  private final List<String> hints;

  /** One finder per page: it keeps the best candidate seen. */
  BylineFinder(List<String> hints, String[] classNeedles) {
    this.hints = hints;
    this.bestRank = hints.size();
    this.classNeedles = classNeedles;
    this.attrs = new String[hints.size()];
    this.values = new String[hints.size()];
    for (int i = 0; i < hints.size(); i++) { // "class:token" or "attr=value", split once
      String hint = hints.get(i);
      int eq = hint.indexOf('=');
      boolean byClass = hint.startsWith("class:");
      attrs[i] = byClass ? null : hint.substring(0, eq);
      values[i] = byClass ? hint.substring(6) : hint.substring(eq + 1);
    }
  }

  /**
   * The class names the hints look for, computed once per rules rather than per page, without
   * those that contain another ("post-author" holds "author"): a class can mention one of them
   * only if it mentions the shorter one too, so the pre-check needs just the shortest.
   */
  static String[] classNeedles(List<String> hints) {
    List<String> names = hints.stream().filter(h -> h.startsWith("class:"))
        .map(h -> h.substring(6)).distinct().toList();
    return names.stream()
        .filter(n -> names.stream().noneMatch(other -> !other.equals(n) && n.contains(other)))
        .toArray(String[]::new);
  }

  private int bestRank;
  private String best;
  private final String[] classNeedles;
  private final String[] attrs;
  private final String[] values;

  /** Offers an element with attributes; keeps it if it outranks the byline found so far. */
  void offer(Element e) {
    if (bestRank == 0) {
      return;
    }
    int rank = rank(e, bestRank);
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

  private int rank(Element e, int below) {
    String cls = null;
    boolean clsRead = false;
    for (int i = 0; i < below; i++) {
      String attr = attrs[i];
      if (attr == null) { // "class:token"
        if (!clsRead) {
          cls = classToMatch(e);
          clsRead = true;
        }
        if (cls != null && cls.contains(values[i]) && HintTokens.of(e).contains(values[i])) {
          return i;
        }
      } else if (e.hasAttr(attr) && hasWord(e.attr(attr), values[i])) {
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

  /** Lower-cased class attribute if it can match any class hint at all, else null. */
  private String classToMatch(Element e) {
    String cls = e.attr("class");
    if (cls.isEmpty()) {
      return null;
    }
    if (mentionsNeedle(cls)) {
      return cls;
    }
    String lower = cls.toLowerCase(Locale.ROOT); // allocate only for mixed-case classes
    return lower.equals(cls) || !mentionsNeedle(lower) ? null : lower;
  }

  private boolean mentionsNeedle(String cls) {
    for (String needle : classNeedles) {
      if (cls.contains(needle)) {
        return true;
      }
    }
    return false;
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
