package io.newsflow.enrich.content;

import io.newsflow.enrich.article.Figure;
import io.newsflow.enrich.article.RemovedBlock;
import io.newsflow.enrich.dom.DomWalk;
import io.newsflow.enrich.dom.TextStats;
import io.newsflow.enrich.markdown.MarkdownBlocks;
import io.newsflow.enrich.metadata.TitleCleaner;
import io.newsflow.enrich.rules.BoilerplateRules;
import io.newsflow.enrich.rules.HintProfile;
import io.newsflow.enrich.rules.Texts;
import io.newsflow.enrich.rules.Thresholds;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Walks the body (iteratively) and turns the content roots into text blocks and figures, and
 * everything else with text into an audit list of what was dropped and why. One instance per
 * extraction: it is stateful and not thread-safe.
 */
public final class BlockCollector implements DomWalk.Visitor {
  /** Reason for text outside the chosen content that no rule names more precisely. */
  static final String OUTSIDE = "not-content";

  private final BoilerplateRules rules;
  private final Thresholds.Html t;
  private final TextStats stats;
  private final FigureReader figureReader;
  private final FigureCollector figures;

  private final List<String> blocks = new ArrayList<>();
  private final List<MarkdownBlocks.Block> markdown = new ArrayList<>();
  private final MarkdownBlocks markdownWriter = new MarkdownBlocks();
  private final List<RemovedBlock> removed = new ArrayList<>();
  private final TextBuffer buffer = new TextBuffer();
  private int linkDepth;
  private Element body;
  private int bodyChars;
  private Element root; // the content root being walked, null while outside the content
  private int rootChars;

  /** By element number (see {@link TextStats}): content roots, their ancestors, sign-up boxes. */
  private boolean[] roots;

  private boolean[] holdsContent;
  private boolean[] nearEmailInput;

  /**
   * The number of the next element the walk enters: both walks meet the numbered elements in the
   * same order, and a skipped subtree moves it past the subtree's range.
   */
  private int cursor;

  private Element truncated; // parent whose remaining children follow a "Related posts" heading
  private String truncatedReason;
  private boolean truncatedItems; // something with text was dropped below the section title

  /** The element last peeked and its text: a link list's reason and its audit entry share it. */
  private Element peeked;

  private String peekedText;

  private final boolean useHints;

  /** Keys of the site's names ({@link TitleCleaner#siteKeys}): "More <site>" heads its teasers. */
  private final List<String> siteKeys;

  /** {@code useHints} false is the lenient retry for pages whose class names mislead. */
  public BlockCollector(BoilerplateRules rules, TextStats stats, boolean useHints) {
    this(rules, stats, useHints, List.of());
  }

  public BlockCollector(
      BoilerplateRules rules, TextStats stats, boolean useHints, List<String> siteKeys) {
    this.useHints = useHints;
    this.siteKeys = siteKeys;
    this.rules = rules;
    this.t = rules.thresholds().html();
    this.stats = stats;
    this.figureReader = new FigureReader(rules, stats);
    this.figures = new FigureCollector(rules, removed);
  }

  /**
   * Walks the whole body once: inside the content roots blocks are kept unless a rule drops them;
   * outside, everything with text is recorded as removed (with the most specific reason).
   */
  public void collect(int[] contentRoots) {
    int bodyIndex = stats.body();
    this.body = stats.element(bodyIndex);
    this.bodyChars = stats.chars(bodyIndex);
    roots = new boolean[stats.size()];
    holdsContent = new boolean[stats.size()];
    for (int r : contentRoots) {
      roots[r] = true;
      for (int a = r; a >= 0 && a != bodyIndex; a = stats.parent(a)) {
        holdsContent[a] = true;
      }
    }
    markSignupBoxes(bodyIndex);
    root = roots[bodyIndex] ? body : null;
    rootChars = bodyChars;
    truncated = null;
    linkDepth = 0;
    cursor = bodyIndex;
    DomWalk.walk(body, this);
    flush(null);
  }

  private boolean inContent() {
    return root != null;
  }

  public List<String> blocks() {
    return blocks;
  }

  /** The Markdown of each block, index for index. */
  public List<MarkdownBlocks.Block> markdown() {
    return markdown;
  }

  public List<Figure> images() {
    return figures.images();
  }

  public List<RemovedBlock> removed() {
    return removed;
  }

  @Override
  public void leaf(Node node) {
    if (node instanceof TextNode text) {
      buffer.append(text.getWholeText(), linkDepth > 0);
    }
  }

  /** False skips the subtree (dropped, figure, caption or never text). */
  @Override
  public boolean enter(Element e) {
    String tag = e.normalName();
    if (rules.isSkipTag(tag)) {
      return false; // (never numbered)
    }
    int i = cursor++;
    if (stats.element(i) != e) {
      throw new IllegalStateException("walks out of step at element " + i);
    }
    if (enter(e, tag, i)) {
      return true;
    }
    cursor = stats.end(i);
    return false;
  }

  private boolean enter(Element e, String tag, int i) {
    if (root == null && roots[i]) {
      flush(null);
      root = e;
      rootChars = stats.chars(i);
      markdownWriter.enter(e, tag);
      return true;
    }
    if (!inContent() && e != body && !holdsContent[i]) {
      // Outside the article: one audit entry per subtree, its text read only as far as needed.
      flush(null);
      recordOutside(e, tag, i);
      return false;
    }
    // Text-less elements need no judging (most icons, wrappers, spacers): only their images count.
    if (e != root && e != body && !holdsContent[i] && stats.chars(i) > 0) {
      String reason = dropReason(e, tag, i);
      if (reason != null) {
        flush(null);
        drop(reason, e, i);
        return false;
      }
      HintProfile profile = stats.profile(i);
      if (figureReader.isMediaFigure(i, profile)) {
        flush(null);
        figures.addFigure(figureReader.read(e));
        return false;
      }
      if (rules.isCaption(e, profile) || rules.isCredit(profile)) {
        flush(null);
        figures.attachCaption(e, profile);
        return false;
      }
    }
    if ("img".equals(tag)) {
      if (inContent()) {
        figures.addImage(e);
      }
    } else if ("br".equals(tag) || "hr".equals(tag) || rules.isBlockTag(tag)) {
      flush(null);
    } else if (Texts.isLink(e)) {
      linkDepth++;
      markdownWriter.openLink(inContent() ? e : null, buffer.position());
    }
    markdownWriter.enter(e, tag);
    return true;
  }

  @Override
  public void exit(Element e) {
    String tag = e.normalName();
    if (Texts.isLink(e)) {
      linkDepth--;
      markdownWriter.closeLink(buffer.position());
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
    markdownWriter.exit(tag);
  }

  private String dropReason(Element e, String tag, int i) {
    if (truncated != null && e.parent() == truncated) {
      // Prose right under the title is what it titles (teasers); prose after the box's items is
      // the story again: the box was set inside it.
      if (!truncatedItems || !rules.mayBeInline(truncatedReason) || !storyGoesOn(tag, i)) {
        truncatedItems |= stats.chars(i) > 0;
        return truncatedReason;
      }
      truncated = null;
    }
    if (stats.hidden(i)) {
      return "hidden";
    }
    String byTag = rules.dropTagReason(tag);
    if (byTag != null) {
      return byTag;
    }
    int chars = stats.chars(i);
    if (chars <= t.signupBoxMaxChars() && nearEmailInput[i]) {
      return "newsletter"; // a sign-up box, whatever its class names
    }
    if (useHints && chars * 2 < rootChars) { // never let a class name drop most of the article
      String byHint = rules.hintReason(e, stats.profile(i), chars);
      if (byHint != null) {
        return byHint;
      }
    }
    if (isLinkList(tag, chars, i)) {
      String named = rules.phraseReason(peek(e));
      return named != null ? named : "links";
    }
    return null;
  }

  /**
   * After a "Related" title inside the story (an inline teaser box whose items are siblings of the
   * paragraphs), a paragraph of prose, or a plain subheading right above one, is the story again.
   */
  private boolean storyGoesOn(String tag, int i) {
    if (isHeading(tag)) {
      int next = stats.end(i);
      return stats.linkDensity(i) == 0
          && next < stats.size()
          && stats.parent(next) == stats.parent(i)
          && isProse(stats.element(next).normalName(), next);
    }
    return isProse(tag, i);
  }

  private boolean isProse(String tag, int i) {
    return "p".equals(tag)
        && stats.weightedChars(i) >= t.sectionEndMinChars()
        && stats.linkDensity(i) < t.siblingParagraphMaxLinkDensity()
        && rules.phraseReason(peek(stats.element(i))) == null;
  }

  /** One search per page, a few ancestors per email field: linear however deep the tree. */
  private void markSignupBoxes(int bodyIndex) {
    nearEmailInput = new boolean[stats.size()];
    int[] parents = stats.inputParents();
    for (int k = 0; k < parents.length; k++) {
      if (!isEmailField(stats.input(k))) {
        continue;
      }
      int e = parents[k];
      for (int up = 0; up < t.signupBoxLevels() && e >= 0 && e != bodyIndex; up++) {
        nearEmailInput[e] = true;
        e = stats.parent(e);
      }
    }
  }

  private static boolean isEmailField(Element input) {
    return input.attr("type").equalsIgnoreCase("email")
        || input.attr("name").toLowerCase(java.util.Locale.ROOT).contains("email")
        || input.attr("placeholder").toLowerCase(java.util.Locale.ROOT).contains("mail");
  }

  /** A list or box that is mostly links (related stories, tag lists) rather than prose. */
  private boolean isLinkList(String tag, int chars, int i) {
    if (chars == 0
        || !(tag.equals("ul")
            || tag.equals("ol")
            || tag.equals("div")
            || tag.equals("section")
            || tag.equals("table")
            || tag.equals("dl"))) {
      return false;
    }
    return stats.linkDensity(i) > t.containerMaxLinkDensity()
        && stats.commas(i) < t.containerMaxCommas();
  }

  /** Ends the current block; {@code owner} is the block element that just closed, if any. */
  private void flush(Element owner) {
    TextBuffer.Block block = buffer.take();
    judge(owner, block);
    markdownWriter.blockTaken();
  }

  /** Keeps the block, or records why not (and may end the section it titles). */
  private void judge(Element owner, TextBuffer.Block block) {
    String text = block.text();
    if (text.isEmpty()) {
      return;
    }
    String reason = rules.phraseReason(text);
    if (!inContent()) {
      removed.add(
          new RemovedBlock(
              reason == null ? OUTSIDE : reason, Texts.truncate(text, t.removedTextMaxChars())));
      return;
    }
    if (reason == null && rules.isCaptionText(text)) {
      figures.attachCaptionText(text, false);
      return;
    }
    if (reason == null && rules.isAttribution(text)) {
      reason = "attribution";
    }
    if (reason == null && owner != null && isHeading(owner) && headsSiteTeasers(text)) {
      reason = "related";
    }
    boolean judgedAlone = owner == null || !rules.isLinkBlockExempt(owner.normalName());
    if (reason == null
        && judgedAlone
        && block.chars() <= t.linkBlockMaxChars()
        && block.linkChars() >= block.chars() * t.linkBlockMinDensity()) {
      reason = "links";
    }
    if (reason == null) {
      blocks.add(text);
      markdown.add(markdownWriter.render(text, block.markup()));
      return;
    }
    removed.add(new RemovedBlock(reason, Texts.truncate(text, t.removedTextMaxChars())));
    if (owner != null
        && owner != root
        && owner != body
        && rules.endsSection(reason)
        && isSectionTitle(owner, text)) {
      truncateAfter(owner, reason);
    }
  }

  private static boolean isHeading(Element e) {
    return isHeading(e.normalName());
  }

  private static boolean isHeading(String tag) {
    return tag.length() == 2
        && tag.charAt(0) == 'h'
        && tag.charAt(1) >= '1'
        && tag.charAt(1) <= '6';
  }

  /** "More TechCrunch": a heading that is only a "more" word and the site's name. */
  private boolean headsSiteTeasers(String text) {
    if (siteKeys.isEmpty() || text.length() > t.sectionTitleMaxChars()) {
      return false;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    for (String prefix : rules.moreFromSitePrefixes()) {
      if (lower.startsWith(prefix)
          && lower.length() > prefix.length() + 1
          && Character.isWhitespace(lower.charAt(prefix.length()))
          && TitleCleaner.namesSite(text.substring(prefix.length() + 1).strip(), siteKeys)) {
        return true;
      }
    }
    return false;
  }

  private boolean isSectionTitle(Element owner, String text) {
    return rules.isHeading(owner.normalName()) || text.length() <= t.sectionTitleMaxChars();
  }

  /** Drops what follows a section title like "Related posts" inside the same container. */
  private void truncateAfter(Element title, String reason) {
    Element holder = title;
    while (holder.parent() != null
        && holder.parent() != root
        && holder.parent() != body
        && holder.parent().childrenSize() == 1) {
      holder = holder.parent();
    }
    if (holder.parent() != null) {
      truncated = holder.parent();
      truncatedReason = reason;
      truncatedItems = false;
    }
  }

  /** One audit entry for a subtree outside the article: a rule's reason, a phrase's, or none. */
  private void recordOutside(Element e, String tag, int i) {
    if (stats.chars(i) == 0) {
      return;
    }
    String text = peek(e);
    if (text.isEmpty()) {
      return;
    }
    String reason = dropReason(e, tag, i);
    if (reason == null) {
      reason = rules.phraseReason(text);
    }
    removed.add(
        new RemovedBlock(
            reason != null ? reason : OUTSIDE, Texts.truncate(text, t.removedTextMaxChars())));
  }

  private void drop(String reason, Element e, int i) {
    if (stats.chars(i) == 0) {
      return;
    }
    String text = peek(e);
    if (!text.isEmpty()) {
      removed.add(new RemovedBlock(reason, Texts.truncate(text, t.removedTextMaxChars())));
    }
  }

  private String peek(Element e) {
    if (e == peeked) {
      return peekedText;
    }
    peeked = e;
    peekedText = readPeek(e);
    return peekedText;
  }

  private String readPeek(Element e) {
    // Audit entries keep removedTextMaxChars; phrase reasons read a bounded length too.
    return TextPeek.first(
        e,
        t.removedTextMaxChars(),
        Math.max(t.removedTextMaxChars(), rules.phraseMaxChars()),
        rules);
  }
}
