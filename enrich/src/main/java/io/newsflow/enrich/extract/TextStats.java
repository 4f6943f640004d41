package io.newsflow.enrich.extract;

import java.util.ArrayDeque;
import java.util.HashMap;
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
  /** Pages repeat the same class lists a lot; read each distinct class+id once. */
  private final Map<String, HintProfile> profilesByName = new HashMap<>();
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
    if (c != null && c.profile != null) {
      return c.profile;
    }
    HintProfile p = HintProfile.NONE;
    if (e.attributesSize() > 0) {
      String cls = e.attr("class");
      String id = e.id();
      if (!cls.isEmpty() || !id.isEmpty()) {
        String name = id.isEmpty() ? cls : cls + '#' + id;
        p = profilesByName.computeIfAbsent(name, k -> rules.profile(e));
      }
    }
    if (c != null) {
      c.profile = p;
    }
    return p;
  }

  int chars(Element e) {
    return get(e).chars;
  }

  double linkDensity(Element e) {
    Counts c = get(e);
    return c.chars == 0 ? 0 : (double) c.linkChars / c.chars;
  }

  /** Bottom-up accumulation with a stack of open elements, so text needs no map lookups. */
  private final class Collector implements NodeFilter {
    private final BoilerplateRules rules;
    private final ArrayDeque<Counts> open = new ArrayDeque<>();
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
        Counts c = new Counts();
        counts.put(e, c);
        open.push(c);
        if ("a".equals(e.normalName())) {
          linkDepth++;
        }
      } else if (node instanceof TextNode t && !open.isEmpty()) {
        addText(open.peek(), t.getWholeText());
      }
      return FilterResult.CONTINUE;
    }

    private void addText(Counts c, String text) {
      int visible = 0;
      int commas = 0;
      for (int i = 0; i < text.length(); i++) {
        char ch = text.charAt(i);
        if (!Texts.isSpace(ch) && !Texts.isInvisible(ch)) {
          visible++;
          if (Texts.isComma(ch)) {
            commas++;
          }
        }
      }
      c.chars += visible;
      c.ownChars += visible;
      if (linkDepth > 0) {
        c.linkChars += visible;
      }
      c.commas += commas;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element e) {
        if ("a".equals(e.normalName())) {
          linkDepth--;
        }
        Counts c = open.pop();
        Counts p = open.peek();
        if (p != null) {
          p.chars += c.chars;
          p.linkChars += c.linkChars;
          p.commas += c.commas;
          p.paragraphs += c.paragraphs + ("p".equals(e.normalName()) ? 1 : 0);
        }
      }
      return FilterResult.CONTINUE;
    }
  }
}
