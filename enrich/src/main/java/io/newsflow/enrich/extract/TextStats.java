package io.newsflow.enrich.extract;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Text sizes of every element, computed bottom-up in one iterative walk so later steps never call
 * {@code text()} on big subtrees (which would make scoring quadratic).
 */
final class TextStats {

  /** Mutable counters of one element's subtree. */
  static final class Counts {
    int chars;
    int linkChars;
    int commas;
    int ownChars;
    int paragraphs;
    HintProfile profile;
  }

  private static final Counts EMPTY = new Counts();

  private final Map<Element, Counts> counts = new IdentityHashMap<>();
  private final BoilerplateRules rules;

  private TextStats(BoilerplateRules rules) {
    this.rules = rules;
  }

  static TextStats of(Element root, BoilerplateRules rules) {
    TextStats stats = new TextStats(rules);
    NodeTraversor.filter(stats.new Collector(rules), root);
    return stats;
  }

  Counts get(Element e) {
    return counts.getOrDefault(e, EMPTY);
  }

  /** The element's class/id reading, computed on first use and kept. */
  HintProfile profile(Element e) {
    Counts c = counts.get(e);
    if (c == null) {
      return rules.profile(e);
    }
    if (c.profile == null) {
      c.profile = rules.profile(e);
    }
    return c.profile;
  }

  int chars(Element e) {
    return get(e).chars;
  }

  double linkDensity(Element e) {
    Counts c = get(e);
    return c.chars == 0 ? 0 : (double) c.linkChars / c.chars;
  }

  private final class Collector implements NodeFilter {
    private final BoilerplateRules rules;
    private int linkDepth;

    Collector(BoilerplateRules rules) {
      this.rules = rules;
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof Element e) {
        if (rules.isSkipTag(e.normalName())) {
          return FilterResult.SKIP_ENTIRELY;
        }
        counts.put(e, new Counts());
        if ("a".equals(e.normalName())) {
          linkDepth++;
        }
      } else if (node instanceof TextNode t && node.parentNode() instanceof Element parent) {
        Counts c = counts.get(parent);
        if (c != null) {
          addText(c, t.getWholeText());
        }
      }
      return FilterResult.CONTINUE;
    }

    private void addText(Counts c, String text) {
      int n = Texts.visibleLength(text);
      c.chars += n;
      c.ownChars += n;
      if (linkDepth > 0) {
        c.linkChars += n;
      }
      c.commas += Texts.countCommas(text);
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element e) {
        Counts c = counts.get(e);
        if ("a".equals(e.normalName())) {
          linkDepth--;
        }
        if (c != null && e.parent() != null) {
          Counts p = counts.get(e.parent());
          if (p != null) {
            p.chars += c.chars;
            p.linkChars += c.linkChars;
            p.commas += c.commas;
            p.paragraphs += c.paragraphs + ("p".equals(e.normalName()) ? 1 : 0);
          }
        }
      }
      return FilterResult.CONTINUE;
    }
  }
}
