package io.newsflow.enrich.dom;

import io.newsflow.enrich.rules.BoilerplateRules;
import io.newsflow.enrich.rules.HintProfile;
import io.newsflow.enrich.rules.Texts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Text sizes of every element, computed bottom-up in one iterative walk so later steps never call
 * {@code text()} on big subtrees (which would make scoring quadratic).
 *
 * <p>Elements are numbered in document order as the walk meets them (skipped tags such as scripts
 * get no number), and every figure lives in a flat array under that number: a subtree is the range
 * {@code [i, end(i))}, the parent is {@code parent(i)}. Later steps work on these numbers, so
 * nothing is hashed per element: on a freshly parsed page, giving each element an identity hash
 * cost more than the counting itself.
 */
public final class TextStats {
  private static final byte UNKNOWN = 0;
  private static final byte NO = 1;
  private static final byte YES = 2;

  /**
   * The figures of element i are {@code data[i * STRIDE + field]}: those of one element share a
   * cache line, which the bottom-up sums and the scorer's parent chains read together.
   */
  private static final int STRIDE = 8;

  private static final int PARENT = 0;
  private static final int END = 1;
  private static final int CHARS = 2;
  private static final int LINK_CHARS = 3;
  private static final int COMMAS = 4;
  private static final int OWN_CHARS = 5;
  private static final int PARAGRAPHS = 6;

  /**
   * What characters of scripts without spaces weigh beyond one: a Han or kana character carries
   * about what three Latin letters do (a word), a Hangul syllable about two.
   */
  private static final int WIDE_EXTRA = 7;

  private final BoilerplateRules rules;
  private Element[] elements = new Element[1024];
  private int[] data = new int[1024 * STRIDE];
  private int size;
  private int bodyIndex = -1;
  private HintProfile[] profiles;
  private byte[] hidden;
  private int[] candidates = new int[128];
  private int candidateCount;

  /** The numbered parent of every {@code <input>} (inputs themselves are skipped tags). */
  private int[] inputParents = new int[8];

  private final List<Element> inputs = new ArrayList<>();
  private int inputCount;

  /** Pages repeat the same class lists a lot; read each distinct class, and id, once. */
  private final Map<String, HintProfile> profilesByClass = new HashMap<>();

  private final Map<String, HintProfile> profilesById = new HashMap<>();

  private TextStats(BoilerplateRules rules) {
    this.rules = rules;
  }

  /**
   * Walks {@code root} once; {@code facts}, if given, sees every element on the way (metadata
   * shares this walk instead of making its own). {@code body}, if met, is remembered by number.
   */
  public static TextStats of(
      Element root, BoilerplateRules rules, Consumer<Element> facts, Element body) {
    TextStats stats = new TextStats(rules);
    DomWalk.walk(root, stats.new Collector(rules, facts, body));
    stats.profiles = new HintProfile[stats.size];
    stats.hidden = new byte[stats.size];
    return stats;
  }

  /** How many elements were numbered. */
  public int size() {
    return size;
  }

  /** The number of the body given to {@link #of}, or -1 when the walk did not meet it. */
  public int body() {
    return bodyIndex;
  }

  public Element element(int i) {
    return elements[i];
  }

  /** The parent's number, -1 for the walk's root. */
  public int parent(int i) {
    return data[i * STRIDE + PARENT];
  }

  /** One past the last number inside element {@code i}: its subtree is {@code [i, end(i))}. */
  public int end(int i) {
    return data[i * STRIDE + END];
  }

  /** Paragraph tags and elements with paragraph-sized own text, in the order they closed. */
  public int[] paragraphCandidates() {
    return Arrays.copyOf(candidates, candidateCount);
  }

  /** Numbers of the parents of the {@code <input>} elements the walk met. */
  public int[] inputParents() {
    return Arrays.copyOf(inputParents, inputCount);
  }

  /** The k-th {@code <input>} the walk met (its parent is {@code inputParents()[k]}). */
  public Element input(int k) {
    return inputs.get(k);
  }

  public int chars(int i) {
    return data[i * STRIDE + CHARS];
  }

  int linkChars(int i) {
    return data[i * STRIDE + LINK_CHARS];
  }

  public int commas(int i) {
    return data[i * STRIDE + COMMAS];
  }

  public int ownChars(int i) {
    return data[i * STRIDE + OWN_CHARS];
  }

  /**
   * The element's text in Latin-letter equivalents: characters, with those of Chinese, Japanese and
   * Korean counted at their weight, so a paragraph's length means the same in every script.
   */
  public int weightedChars(int i) {
    return chars(i) + data[i * STRIDE + WIDE_EXTRA];
  }

  /** {@code <p>} elements inside (0 for elements without text, as their counts are all 0). */
  public int paragraphs(int i) {
    return chars(i) == 0 ? 0 : data[i * STRIDE + PARAGRAPHS];
  }

  public double linkDensity(int i) {
    int chars = chars(i);
    return chars == 0 ? 0 : (double) linkChars(i) / chars;
  }

  /** The class/id reading of element {@code i}, computed on first use and kept. */
  public HintProfile profile(int i) {
    HintProfile p = profiles[i];
    if (p == null) {
      p = profile(elements[i]);
      profiles[i] = p;
    }
    return p;
  }

  /** The class/id reading of any element (numbered or not), from the per-value caches. */
  public HintProfile profile(Element e) {
    if (e.attributesSize() == 0) {
      return HintProfile.NONE;
    }
    HintProfile p = classProfile(e);
    String id = e.id();
    return id.isEmpty() ? p : p.and(cached(profilesById, id, false));
  }

  /** The profile of the element's class attribute alone, from the per-page cache. */
  public HintProfile classProfile(Element e) {
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

  /**
   * {@link BoilerplateRules#isHidden} of element {@code i}, read once. A {@code hidden} attribute
   * on an element holding most of the page's text hides nothing from readers: a script shows it
   * (streamed server rendering parks the whole article in a {@code <div hidden>} and moves it into
   * place). Styles that hide that much are still obeyed.
   */
  public boolean hidden(int i) {
    if (hidden[i] == UNKNOWN) {
      hidden[i] = rules.isHidden(elements[i]) && !parked(i) && !screenReadersOnly(i) ? YES : NO;
    }
    return hidden[i] == YES;
  }

  /**
   * A paragraph of prose whose only mark is {@code aria-hidden}: hidden from screen readers, shown
   * to everyone else (paywalls mark the story's paragraphs after the first few this way).
   */
  private boolean screenReadersOnly(int i) {
    Element e = elements[i];
    return "p".equals(e.normalName())
        && !e.hasAttr("hidden")
        && !e.hasAttr("style")
        && weightedChars(i) >= rules.thresholds().html().siblingParagraphMinChars();
  }

  private boolean parked(int i) {
    int b = body();
    return b >= 0
        && chars(i) * 2 >= chars(b)
        && elements[i].hasAttr("hidden")
        && !elements[i].hasAttr("style");
  }

  /** Han, kana and full-width forms weigh three letters, Hangul syllables two. */
  static int wideExtra(char ch) {
    if (ch >= '\u3040' && ch <= '\u9FFF' || ch >= '\uF900' && ch <= '\uFAFF') {
      return 2;
    }
    if (ch >= '\uAC00' && ch <= '\uD7AF') {
      return 1;
    }
    return ch >= '\uFF01' && ch <= '\uFF60' ? 2 : 0;
  }

  private void grow() {
    int n = elements.length * 2;
    elements = Arrays.copyOf(elements, n);
    data = Arrays.copyOf(data, n * STRIDE);
  }

  /** Bottom-up accumulation with a stack of open element numbers. */
  private final class Collector implements DomWalk.Visitor {
    private final BoilerplateRules rules;
    private final Consumer<Element> facts;
    private final Element body;
    private final int minParagraph;
    private int[] open = new int[64];
    private boolean[] openLink = new boolean[64];
    private int depth; // open[0 .. depth-1] are the open elements' numbers
    private int linkDepth;

    Collector(BoilerplateRules rules, Consumer<Element> facts, Element body) {
      this.rules = rules;
      this.facts = facts;
      this.body = body;
      this.minParagraph = rules.thresholds().html().minParagraphChars();
    }

    @Override
    public boolean enter(Element e) {
      if (facts != null) {
        facts.accept(e);
      }
      String tag = e.normalName();
      if (rules.isSkipTag(tag)) {
        if ("input".equals(tag) && depth > 0) {
          addInput(e, open[depth - 1]);
        }
        return false;
      }
      if (size == elements.length) {
        grow();
      }
      int i = size++;
      elements[i] = e;
      data[i * STRIDE + PARENT] = depth > 0 ? open[depth - 1] : -1;
      if (e == body) {
        bodyIndex = i;
      }
      if (depth == open.length) {
        open = Arrays.copyOf(open, depth * 2);
        openLink = Arrays.copyOf(openLink, depth * 2);
      }
      boolean link = Texts.isLink(e);
      open[depth] = i;
      openLink[depth++] = link;
      if (link) {
        linkDepth++;
      }
      return true;
    }

    private void addInput(Element input, int parentIndex) {
      inputs.add(input);
      if (inputCount == inputParents.length) {
        inputParents = Arrays.copyOf(inputParents, inputCount * 2);
      }
      inputParents[inputCount++] = parentIndex;
    }

    @Override
    public void leaf(Node node) {
      if (depth > 0 && node instanceof TextNode t) {
        addText(open[depth - 1], t.getWholeText());
      }
    }

    private void addText(int i, String text) {
      int visible = 0;
      int found = 0;
      int wide = 0;
      for (int k = 0; k < text.length(); k++) {
        char ch = text.charAt(k);
        if (ch <= ' ') {
          continue; // indentation is most of a page's text nodes
        }
        if (ch < 0x7F) {
          visible++;
          if (ch == ',') {
            found++;
          }
        } else if (Texts.kind(ch) == Texts.VISIBLE) {
          visible++;
          if (Texts.isComma(ch)) {
            found++;
          }
          wide += wideExtra(ch);
        }
      }
      if (visible == 0) {
        return;
      }
      int at = i * STRIDE;
      data[at + CHARS] += visible;
      data[at + OWN_CHARS] += visible;
      if (linkDepth > 0) {
        data[at + LINK_CHARS] += visible;
      }
      data[at + COMMAS] += found;
      data[at + WIDE_EXTRA] += wide;
    }

    @Override
    public void exit(Element e) {
      int i = open[--depth];
      if (openLink[depth]) {
        linkDepth--;
      }
      int[] d = data;
      int at = i * STRIDE;
      d[at + END] = size;
      int chars = d[at + CHARS];
      if (d[at + OWN_CHARS] >= minParagraph
          || (chars >= minParagraph && rules.isParagraphTag(e.normalName()))) {
        addCandidate(i); // only elements that can vote; containers are reached as ancestors
      }
      if (depth > 0) {
        int up = open[depth - 1] * STRIDE;
        d[up + CHARS] += chars;
        d[up + LINK_CHARS] += d[at + LINK_CHARS];
        d[up + COMMAS] += d[at + COMMAS];
        d[up + WIDE_EXTRA] += d[at + WIDE_EXTRA];
        d[up + PARAGRAPHS] += d[at + PARAGRAPHS] + ("p".equals(e.normalName()) ? 1 : 0);
      }
    }

    private void addCandidate(int i) {
      if (candidateCount == candidates.length) {
        candidates = Arrays.copyOf(candidates, candidateCount * 2);
      }
      candidates[candidateCount++] = i;
    }
  }
}
