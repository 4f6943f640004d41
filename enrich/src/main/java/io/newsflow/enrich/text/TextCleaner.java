package io.newsflow.enrich.text;

import io.newsflow.enrich.rules.BoilerplateRules;
import io.newsflow.enrich.rules.Thresholds;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Main-content extraction for pages that arrive as text, one block a line (innerText, reader dumps,
 * copy-paste archives). Each block is classified from its shape, the phrase lexicon, its repetition
 * inside the page and the site's memory; the article is the stretch of the page where prose
 * outweighs line breaks (the best-scoring contiguous run of blocks), without the blocks classified
 * as chrome. Captions and credits go to images, a byline to the authors, a dateline to the
 * published time, a source note to the source attribution. Immutable and thread-safe.
 */
public final class TextCleaner {
  private final Thresholds.TextPages limits;
  private final TextSplitter splitter;
  private final LineClassifier classifier;
  private final RepeatedLines repeats;
  private final Galleries galleries;
  private final ArticleRegion region;
  private final SelfReferences selfReferences;
  private final LinkedTeasers linkedTeasers;
  private final AuthorBoxes authorBoxes;
  private final Polls polls;
  private final PriceLists priceLists;
  private final ShareBars shareBars;
  private final TeaserStamps teaserStamps;
  private final TextArticleBuilder builder;

  /** A cleaner of the rules' phrases, text-page vocabulary and thresholds. */
  public TextCleaner(BoilerplateRules rules) {
    this.limits = rules.thresholds().textPages();
    this.splitter = new TextSplitter(rules);
    this.classifier = new LineClassifier(rules);
    this.repeats = new RepeatedLines(rules.thresholds());
    this.galleries = new Galleries(limits);
    this.region = new ArticleRegion(rules);
    this.selfReferences =
        new SelfReferences(
            limits,
            new ReaderAddress(rules.textPages().readerWords()),
            rules.textPages().accountWords());
    this.linkedTeasers = new LinkedTeasers(rules);
    this.authorBoxes = new AuthorBoxes(limits);
    this.polls = new Polls(limits);
    this.priceLists = new PriceLists(limits);
    this.shareBars = new ShareBars(rules);
    this.teaserStamps = new TeaserStamps(rules);
    this.builder = new TextArticleBuilder(limits);
  }

  public static TextCleaner withDefaultRules() {
    return new TextCleaner(BoilerplateRules.fromClasspath(BoilerplateRules.DEFAULT_RESOURCE));
  }

  /** Cleans one page; {@code memory} says which lines the site has shown on many pages. */
  public TextCleaning clean(String text, String siteName, SiteMemory memory) {
    return clean(text, siteName, null, memory);
  }

  /**
   * Cleans one page of a site labelled {@code siteName} (may be null) found at {@code url} (may be
   * null): with either, lines where the site speaks of itself are chrome.
   */
  public TextCleaning clean(String text, String siteName, String url, SiteMemory memory) {
    List<Line> lines = lines(splitter.split(text));
    List<String> fingerprints = classify(lines, memory);
    repeats.markRepeats(lines);
    repeats.markCaptions(lines);
    repeats.markCommentHeads(lines);
    repeats.markKickers(lines);
    linkedTeasers.mark(lines);
    galleries.markSlides(lines);
    int[] article = region.contentRegion(lines);
    region.endSections(lines, article);
    region.markHeadlineRuns(lines, article);
    repeats.markBoxes(lines, article);
    classifier.markNewsletterPrompts(lines, article);
    classifier.markFinePrint(lines, article);
    classifier.markVideoDescriptions(lines, article);
    shareBars.mark(lines, article);
    teaserStamps.mark(lines, article);
    selfReferences.mark(lines, article, SiteName.of(siteName, url));
    authorBoxes.mark(lines, article);
    polls.mark(lines, article);
    priceLists.mark(lines, article);
    return new TextCleaning(
        builder.assemble(lines, article, siteName, UrlSlug.of(url)), fingerprints);
  }

  private static List<Line> lines(List<TextBlock> blocks) {
    List<Line> lines = new ArrayList<>(blocks.size());
    for (TextBlock b : blocks) {
      lines.add(new Line(b));
    }
    return lines;
  }

  /**
   * Marks the lines the site memory knows as chrome, classifies the rest by shape, and returns the
   * distinct fingerprints of the page's short lines for the memory to count.
   */
  private List<String> classify(List<Line> lines, SiteMemory memory) {
    Set<String> fingerprints = new LinkedHashSet<>();
    for (Line line : lines) {
      if (line.text.length() <= limits.maxFingerprintChars()) {
        String fp = LineFingerprint.of(line.text);
        fingerprints.add(fp);
        if (memory.isChrome(fp)) {
          line.mark(BlockKind.BOILERPLATE, "site-memory");
        }
      }
      if (line.kind == BlockKind.BODY) {
        classifier.classifyByShape(line);
      }
    }
    return new ArrayList<>(fingerprints);
  }
}
