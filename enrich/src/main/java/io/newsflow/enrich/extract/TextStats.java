package io.newsflow.enrich.extract;

import io.newsflow.enrich.html.DomWalk;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

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
    /** Whether the element hides itself: 0 not read yet, 1 no, 2 yes. */
    byte hidden;
    /** While the walk is inside it: whether the element is a link. */
    boolean link;
  }

  private static final Counts EMPTY = new Counts();

  private final Map<Element, Counts> counts = new IdentityHashMap<>(1024);
  /** Pages repeat the same class lists a lot; read each distinct class, and id, once. */
  private final Map<String, HintProfile> profilesByClass = new HashMap<>();
  private final Map<String, HintProfile> profilesById = new HashMap<>();
  private final BoilerplateRules rules;
  private final List<Element> paragraphs = new ArrayList<>();
  private final List<Element> inputs = new ArrayList<>();

  private TextStats(BoilerplateRules rules) {
    this.rules = rules;
  }

  /**
   * Walks {@code root} once; {@code facts}, if given, sees every element on the way (metadata
   * shares this walk instead of making its own).
   */
  static TextStats of(Element root, BoilerplateRules rules, MetaScan facts) {
    TextStats stats = new TextStats(rules);
    DomWalk.walk(root, stats.new Collector(rules, facts));
    return stats;
  }

  static TextStats of(Element root, BoilerplateRules rules) {
    return of(root, rules, null);
  }

  /** Paragraph tags and elements with paragraph-sized own text, in the order they closed. */
  List<Element> paragraphCandidates() {
    return paragraphs;
  }

  /** Every {@code <input>} the walk met (sign-up boxes are found from their email fields). */
  List<Element> inputs() {
    return inputs;
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
    // (text-less elements have no Counts; their profile comes from the by-value caches)
    HintProfile p = HintProfile.NONE;
    if (e.attributesSize() > 0) {
      String cls = e.attr("class");
      String id = e.id();
      if (!cls.isEmpty()) {
        p = cached(profilesByClass, cls, true);
      }
      if (!id.isEmpty()) {
        p = p.and(cached(profilesById, id, false));
      }
    }
    if (c != null) {
      c.profile = p;
    }
    return p;
  }

  /** The profile of the element's class attribute alone, from the per-page cache. */
  HintProfile classProfile(Element e) {
    String cls = e.attr("class");
    return cls.isEmpty() ? HintProfile.NONE : cached(profilesByClass, cls, true);
  }

  private HintProfile cached(Map<String, HintProfile> cache, String value, boolean isClass) {
    HintProfile p = cache.get(value); // (no computeIfAbsent: its lambda would capture per call)
    if (p == null) {
      p = isClass ? rules.classProfile(value) : rules.idProfile(value);
      cache.put(value, p);
    }
    return p;
  }

  /** {@link BoilerplateRules#isHidden}, read once per element with text. */
  boolean hidden(Element e) {
    Counts c = counts.get(e);
    if (c == null) {
      return rules.isHidden(e);
    }
    if (c.hidden == 0) {
      c.hidden = rules.isHidden(e) ? (byte) 2 : (byte) 1;
    }
    return c.hidden == 2;
  }

  int chars(Element e) {
    return get(e).chars;
  }

  double linkDensity(Element e) {
    Counts c = get(e);
    return c.chars == 0 ? 0 : (double) c.linkChars / c.chars;
  }

  /** Bottom-up accumulation with a stack of open elements, so text needs no map lookups. */
  private final class Collector implements DomWalk.Visitor {
    private final BoilerplateRules rules;
    private final MetaScan facts;
    private final int minParagraph;
    private Counts[] open = new Counts[64];
    private int depth; // open[0 .. depth-1] are the open elements' counts
    private Counts[] spare = new Counts[64];
    private int spares;
    private int linkDepth;

    Collector(BoilerplateRules rules, MetaScan facts) {
      this.rules = rules;
      this.facts = facts;
      this.minParagraph = rules.thresholds().minParagraphChars();
    }

    @Override
    public boolean enter(Element e) {
      if (facts != null) {
        facts.visit(e, TextStats.this);
      }
      String tag = e.normalName();
      if (rules.isSkipTag(tag)) {
        if ("input".equals(tag)) {
          inputs.add(e);
        }
        return false;
      }
      Counts c = spares > 0 ? spare[--spares] : new Counts();
      if (depth == open.length) {
        open = Arrays.copyOf(open, depth * 2);
      }
      open[depth++] = c;
      if (Texts.isLink(e)) {
        c.link = true;
        linkDepth++;
      }
      return true;
    }

    @Override
    public void leaf(Node node) {
      if (depth > 0 && node instanceof TextNode t) {
        addText(open[depth - 1], t.getWholeText());
      }
    }

    private void addText(Counts c, String text) {
      int visible = 0;
      int commas = 0;
      for (int i = 0; i < text.length(); i++) {
        char ch = text.charAt(i);
        if (ch <= ' ') {
          continue; // indentation is most of a page's text nodes
        }
        if (ch < 0x7F) {
          visible++;
          if (ch == ',') {
            commas++;
          }
        } else if (Texts.kind(ch) == Texts.VISIBLE) {
          visible++;
          if (Texts.isComma(ch)) {
            commas++;
          }
        }
      }
      if (visible == 0) {
        return;
      }
      c.chars += visible;
      c.ownChars += visible;
      if (linkDepth > 0) {
        c.linkChars += visible;
      }
      c.commas += commas;
    }

    @Override
    public void exit(Element e) {
      Counts c = open[--depth];
      open[depth] = null;
      if (c.link) {
        c.link = false;
        linkDepth--;
      }
      if (c.ownChars >= minParagraph
          || (c.chars >= minParagraph && rules.isParagraphTag(e.normalName()))) {
        paragraphs.add(e); // only elements that can vote; containers are reached as ancestors
      }
      if (depth > 0) {
        Counts p = open[depth - 1];
        p.chars += c.chars;
        p.linkChars += c.linkChars;
        p.commas += c.commas;
        p.paragraphs += c.paragraphs + ("p".equals(e.normalName()) ? 1 : 0);
      }
      if (c.chars > 0) {
        counts.put(e, c); // text-less elements read as EMPTY: most of a page, kept out of the map
      } else {
        c.paragraphs = 0;
        if (spares == spare.length) {
          spare = Arrays.copyOf(spare, spares * 2);
        }
        spare[spares++] = c;
      }
    }
  }
}
