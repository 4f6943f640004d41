package io.newsflow.enrich.extract;

import io.newsflow.enrich.html.DomWalk;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Walks the body (iteratively) and turns the content roots into text blocks and figures, and
 * everything else with text into an audit list of what was dropped and why. One instance per extraction: it is stateful and not thread-safe.
 */
final class BlockCollector implements DomWalk.Visitor {
  /** Reason for text outside the chosen content that no rule names more precisely. */
  static final String OUTSIDE = "not-content";

  private final BoilerplateRules rules;
  private final Thresholds t;
  private final TextStats stats;
  private final FigureReader figures;

  private final List<String> blocks = new ArrayList<>();
  private final List<Figure> images = new ArrayList<>();
  private final List<RemovedBlock> removed = new ArrayList<>();

  private final StringBuilder buffer = new StringBuilder();
  private int bufferLinkChars;
  private boolean pendingSpace;
  private int bufferChars;
  private int linkDepth;
  private Element body;
  private int bodyChars;
  private Element root; // the content root being walked, null while outside the content
  private int rootChars;
  private final Map<Element, Boolean> roots = new IdentityHashMap<>();
  private final Map<Element, Boolean> holdsContent = new IdentityHashMap<>();
  private Element truncated; // parent whose remaining children follow a "Related posts" heading
  private String truncatedReason;

  private final boolean useHints;

  /** {@code useHints} false is the lenient retry for pages whose class names mislead. */
  BlockCollector(BoilerplateRules rules, TextStats stats, boolean useHints) {
    this.useHints = useHints;
    this.rules = rules;
    this.t = rules.thresholds();
    this.stats = stats;
    this.figures = new FigureReader(rules, stats);
  }

  /**
   * Walks the whole body once: inside the content roots blocks are kept unless a rule drops
   * them; outside, everything with text is recorded as removed (with the most specific reason).
   */
  void collect(Element body, List<Element> contentRoots) {
    this.body = body;
    this.bodyChars = stats.chars(body);
    roots.clear();
    holdsContent.clear();
    for (Element r : contentRoots) {
      roots.put(r, Boolean.TRUE);
      for (Element a = r; a != null && a != body; a = a.parent()) {
        holdsContent.put(a, Boolean.TRUE);
      }
    }
    root = roots.containsKey(body) ? body : null;
    rootChars = stats.chars(body);
    truncated = null;
    linkDepth = 0;
    DomWalk.walk(body, this);
    flush(null);
  }

  private boolean inContent() {
    return root != null;
  }

  List<String> blocks() {
    return blocks;
  }

  List<Figure> images() {
    return images;
  }

  List<RemovedBlock> removed() {
    return removed;
  }

  @Override
  public void leaf(Node node) {
    if (node instanceof TextNode text) {
      appendText(text.getWholeText());
    }
  }

  /** False skips the subtree (dropped, figure, caption or never text). */
  @Override
  public boolean enter(Element e) {
    String tag = e.normalName();
    if (rules.isSkipTag(tag)) {
      return false;
    }
    if (root == null && roots.containsKey(e)) {
      flush(null);
      root = e;
      rootChars = stats.chars(e);
      return true;
    }
    if (!inContent() && e != body && !holdsContent.containsKey(e)) {
      // Outside the article: one audit entry per subtree, its text read only as far as needed.
      flush(null);
      recordOutside(e, tag);
      return false;
    }
    // Text-less elements need no judging (most icons, wrappers, spacers): only their images count.
    if (e != root && e != body && !holdsContent.containsKey(e) && stats.chars(e) > 0) {
      String reason = dropReason(e, tag);
      if (reason != null) {
        flush(null);
        drop(reason, e);
        return false;
      }
      HintProfile profile = stats.profile(e);
      if (figures.isMediaFigure(e, profile)) {
        flush(null);
        addFigure(figures.read(e));
        return false;
      }
      if (rules.isCaption(e, profile) || rules.isCredit(profile)) {
        flush(null);
        attachCaption(e, profile);
        return false;
      }
    }
    if ("img".equals(tag)) {
      if (inContent()) {
        addImage(e);
      }
    } else if ("br".equals(tag) || "hr".equals(tag) || rules.isBlockTag(tag)) {
      flush(null);
    } else if (Texts.isLink(e)) {
      linkDepth++;
    }
    return true;
  }

  @Override
  public void exit(Element e) {
    String tag = e.normalName();
    if (Texts.isLink(e)) {
      linkDepth--;
    } else if (rules.isBlockTag(tag)) {
      flush(e);
    }
    if (e == truncated) {
      truncated = null;
    }
    if (e == root && e != body) {
      flush(null);
      root = null;
      rootChars = bodyChars;
    }
  }

  private String dropReason(Element e, String tag) {
    if (truncated != null && e.parent() == truncated) {
      return truncatedReason;
    }
    if (rules.isHidden(e)) {
      return "hidden";
    }
    String byTag = rules.dropTagReason(tag);
    if (byTag != null) {
      return byTag;
    }
    int chars = stats.chars(e);
    if (useHints && chars * 2 < rootChars) { // never let a class name drop most of the article
      String byHint = rules.hintReason(e, stats.profile(e), chars);
      if (byHint != null) {
        return byHint;
      }
    }
    if (isLinkList(e, tag, chars)) {
      String named = rules.phraseReason(Texts.normalize(firstText(e)));
      return named != null ? named : "links";
    }
    return null;
  }

  /** A list or box that is mostly links (related stories, tag lists) rather than prose. */
  private boolean isLinkList(Element e, String tag, int chars) {
    if (chars == 0 || !(tag.equals("ul") || tag.equals("ol") || tag.equals("div")
        || tag.equals("section") || tag.equals("table") || tag.equals("dl"))) {
      return false;
    }
    return stats.linkDensity(e) > t.containerMaxLinkDensity()
        && stats.get(e).commas < t.containerMaxCommas();
  }

  /**
   * Appends with whitespace already collapsed, copying runs of visible characters in bulk, so a
   * block needs no second normalising pass.
   */
  private void appendText(String text) {
    int visible = 0;
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (Texts.isSpace(c)) {
        pendingSpace = buffer.length() > 0;
        i++;
        continue;
      }
      if (Texts.isInvisible(c)) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && !Texts.isSpace(text.charAt(i)) && !Texts.isInvisible(text.charAt(i))) {
        i++;
      }
      if (pendingSpace) {
        buffer.append(' ');
        pendingSpace = false;
      }
      buffer.append(text, start, i);
      visible += i - start;
    }
    bufferChars += visible;
    if (linkDepth > 0) {
      bufferLinkChars += visible;
    }
  }

  /** Ends the current block; {@code owner} is the block element that just closed, if any. */
  private void flush(Element owner) {
    String text = buffer.toString();
    int chars = bufferChars;
    int linkChars = bufferLinkChars;
    buffer.setLength(0);
    pendingSpace = false;
    bufferChars = 0;
    bufferLinkChars = 0;
    if (text.isEmpty()) {
      return;
    }
    String reason = rules.phraseReason(text);
    if (!inContent()) {
      removed.add(new RemovedBlock(reason == null ? OUTSIDE : reason,
          Texts.truncate(text, t.removedTextMaxChars())));
      return;
    }
    boolean judgedAlone = owner == null || !rules.isLinkBlockExempt(owner.normalName());
    if (reason == null && judgedAlone && chars <= t.linkBlockMaxChars()
        && linkChars >= chars * t.linkBlockMinDensity()) {
      reason = "links";
    }
    if (reason == null) {
      blocks.add(text);
      return;
    }
    removed.add(new RemovedBlock(reason, Texts.truncate(text, t.removedTextMaxChars())));
    if (owner != null && owner != root && owner != body && rules.endsSection(reason) && isSectionTitle(owner, text)) {
      truncateAfter(owner, reason);
    }
  }

  private boolean isSectionTitle(Element owner, String text) {
    return rules.isHeading(owner.normalName()) || text.length() <= 40;
  }

  /** Drops what follows a section title like "Related posts" inside the same container. */
  private void truncateAfter(Element title, String reason) {
    Element holder = title;
    while (holder.parent() != null && holder.parent() != root && holder.parent() != body
        && holder.parent().childrenSize() == 1) {
      holder = holder.parent();
    }
    if (holder.parent() != null) {
      truncated = holder.parent();
      truncatedReason = reason;
    }
  }

  /** One audit entry for a subtree outside the article: a rule's reason, a phrase's, or none. */
  private void recordOutside(Element e, String tag) {
    if (stats.chars(e) == 0) {
      return;
    }
    String text = Texts.normalize(firstText(e));
    if (text.isEmpty()) {
      return;
    }
    String reason = dropReason(e, tag);
    if (reason == null) {
      reason = rules.phraseReason(text);
    }
    removed.add(new RemovedBlock(reason != null ? reason : OUTSIDE,
        Texts.truncate(text, t.removedTextMaxChars())));
  }

  private void drop(String reason, Element e) {
    if (stats.chars(e) == 0) {
      return;
    }
    String text = Texts.normalize(firstText(e));
    if (!text.isEmpty()) {
      removed.add(new RemovedBlock(reason, Texts.truncate(text, t.removedTextMaxChars())));
    }
  }

  /** Beginning of a big subtree's text without materialising all of it. */
  private String firstText(Element e) {
    StringBuilder out = new StringBuilder();
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof Element el && rules.isSkipTag(el.normalName())) {
          return FilterResult.SKIP_ENTIRELY;
        }
        if (node instanceof TextNode text) {
          out.append(text.getWholeText()).append(' ');
        }
        return out.length() > t.removedTextMaxChars() * 2 ? FilterResult.STOP : FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        return FilterResult.CONTINUE;
      }
    }, e);
    return out.toString();
  }

  private void addFigure(Figure figure) {
    if (figure.url() != null || figure.caption() != null || figure.credit() != null) {
      images.add(figure);
    }
    for (String text : new String[] {figure.caption(), figure.credit()}) {
      if (text != null) {
        removed.add(new RemovedBlock("caption", Texts.truncate(text, t.removedTextMaxChars())));
      }
    }
  }

  private void addImage(Element img) {
    String url = FigureReader.imageUrl(img);
    if (url != null && !isPixel(img)) {
      images.add(new Figure(url, null, null));
    }
  }

  private static boolean isPixel(Element img) {
    return "1".equals(img.attr("width")) || "1".equals(img.attr("height"))
        || "0".equals(img.attr("width")) || "0".equals(img.attr("height"));
  }

  /** A caption or credit outside a figure belongs to the image just before it. */
  private void attachCaption(Element e, HintProfile profile) {
    String text = Texts.normalize(e.text());
    if (text.isEmpty()) {
      return;
    }
    boolean credit = rules.isCredit(profile) && !rules.isCaption(e, profile);
    int last = images.size() - 1;
    Figure prev = last >= 0 ? images.get(last) : null;
    if (prev != null && (credit ? prev.credit() == null : prev.caption() == null)) {
      images.set(last, credit
          ? new Figure(prev.url(), prev.caption(), text)
          : new Figure(prev.url(), text, prev.credit()));
    } else {
      images.add(credit ? new Figure(null, null, text) : new Figure(null, text, null));
    }
    removed.add(new RemovedBlock("caption", Texts.truncate(text, t.removedTextMaxChars())));
  }
}
