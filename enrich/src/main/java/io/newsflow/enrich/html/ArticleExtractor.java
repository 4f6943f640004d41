package io.newsflow.enrich.html;

import io.newsflow.enrich.article.Extraction;
import io.newsflow.enrich.article.Figure;
import io.newsflow.enrich.article.PageMetadata;
import io.newsflow.enrich.article.RemovedBlock;
import io.newsflow.enrich.content.BlockCollector;
import io.newsflow.enrich.content.ContentScorer;
import io.newsflow.enrich.content.LeadFinder;
import io.newsflow.enrich.dom.TextStats;
import io.newsflow.enrich.markdown.MarkdownBlocks;
import io.newsflow.enrich.metadata.Dateline;
import io.newsflow.enrich.metadata.DatelineSearch;
import io.newsflow.enrich.metadata.JsonLdFallback;
import io.newsflow.enrich.metadata.MetaScan;
import io.newsflow.enrich.metadata.MetadataExtractor;
import io.newsflow.enrich.metadata.ScriptBodyFallback;
import io.newsflow.enrich.metadata.SiteTitles;
import io.newsflow.enrich.metadata.TitleCleaner;
import io.newsflow.enrich.rules.BoilerplateRules;
import io.newsflow.enrich.rules.Thresholds;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;

/**
 * Main-content and metadata extraction for one parsed page. Immutable and thread-safe: all per-page
 * state lives in objects created inside {@link #extract}.
 */
public final class ArticleExtractor {
  private static final int DATE_ONLY = "2024-01-31".length();

  private final BoilerplateRules rules;
  private final Thresholds.Html t;
  private final MetadataExtractor metadata;
  private final ContentScorer scorer;
  private final LeadFinder leads;
  private final Dateline dateline;
  private final DatelineSearch datelineSearch;

  private ArticleExtractor(BoilerplateRules rules) {
    this.rules = rules;
    this.t = rules.thresholds().html();
    this.metadata = new MetadataExtractor(rules);
    this.scorer = new ContentScorer(rules);
    this.leads = new LeadFinder(rules);
    this.dateline = Dateline.from(rules);
    this.datelineSearch = new DatelineSearch(rules, dateline);
  }

  /** An extractor using the rules resource shipped with this module. */
  public static ArticleExtractor withDefaultRules() {
    return new ArticleExtractor(BoilerplateRules.fromClasspath(BoilerplateRules.DEFAULT_RESOURCE));
  }

  public static ArticleExtractor withRules(BoilerplateRules rules) {
    return new ArticleExtractor(rules);
  }

  /** A new, empty memory of site titles working with this extractor's rules. */
  public SiteTitles newSiteTitles() {
    return SiteTitles.of(rules);
  }

  /** Never throws: a page that defeats extraction yields an empty extraction instead. */
  public Extraction extract(Document doc) {
    if (doc == null) {
      return empty(null);
    }
    TextStats stats;
    PageMetadata meta;
    try {
      MetaScan scan = metadata.newScan();
      // the one full walk: text sizes and metadata
      stats = TextStats.of(doc, rules, scan::visit, doc.body());
      scan.findByline(stats);
      meta = metadata.extract(doc, scan);
    } catch (RuntimeException | StackOverflowError e) {
      return empty(null);
    }
    try {
      return withContent(doc, stats, meta);
    } catch (RuntimeException | StackOverflowError e) {
      return empty(meta);
    }
  }

  private Extraction withContent(Document doc, TextStats stats, PageMetadata meta) {
    if (stats.body() < 0) {
      return empty(meta); // no body (or one the walk could not reach)
    }
    String declaredBody = meta == null ? null : meta.articleBody();
    List<String> siteKeys = siteKeys(doc, meta);
    String description = meta == null ? null : meta.description();
    BlockCollector collector = collect(stats, true, declaredBody, description, siteKeys);
    int found = charCount(collector.blocks());
    if (found < t.retryMinChars() && stats.chars(stats.body()) > 2 * found) {
      BlockCollector lenient = collect(stats, false, declaredBody, description, siteKeys);
      // Only a walk that finds most of the text elsewhere undoes the hints: on a short story
      // (a brief, or any CJK article) the share bar and lists they dropped are no reason.
      if (charCount(lenient.blocks()) > 2 * found) {
        collector = lenient;
      }
    }
    List<String> blocks = new ArrayList<>(collector.blocks());
    List<MarkdownBlocks.Block> markdown = new ArrayList<>(collector.markdown());
    List<RemovedBlock> removed = new ArrayList<>(collector.removed());
    dropLeadingTitle(blocks, markdown, removed, meta);
    dropLeadingByline(blocks, markdown, removed, meta);
    String published = publishedTime(meta, stats, blocks);
    dropLeadingDateline(blocks, markdown, removed, meta);
    List<String> text = JsonLdFallback.apply(blocks, meta, t);
    if (text.isEmpty()) {
      text = ScriptBodyFallback.paragraphs(doc);
    }
    if (text != blocks) { // the declared body replaced the DOM's text: plain paragraphs
      markdown = text.stream().map(MarkdownBlocks::plain).toList();
    }
    return build(meta, published, text, collector.images(), removed, MarkdownBlocks.join(markdown));
  }

  /**
   * The metadata's time, else the dateline readers see; a dateline also refines a day read from the
   * URL with its time of day.
   */
  private String publishedTime(PageMetadata meta, TextStats stats, List<String> blocks) {
    String declared = meta == null ? null : meta.publishedTime();
    if (declared != null && declared.length() > DATE_ONLY) {
      return declared;
    }
    String seen = datelineSearch.near(stats, blocks, meta == null ? null : meta.language());
    if (seen == null || declared != null && !seen.startsWith(declared)) {
      return declared;
    }
    return seen;
  }

  /** Short early blocks that are only a date ("Stand: 10.01.2024 06:30 Uhr") are datelines. */
  private void dropLeadingDateline(
      List<String> blocks,
      List<MarkdownBlocks.Block> markdown,
      List<RemovedBlock> removed,
      PageMetadata meta) {
    String lang = meta == null ? null : meta.language();
    for (int i = 0, looked = 0; i < blocks.size() && looked < t.leadingBlocks(); looked++) {
      if (dateline.isOnlyADate(blocks.get(i), lang)) {
        markdown.remove(i);
        removed.add(new RemovedBlock("dateline", blocks.remove(i)));
      } else {
        i++;
      }
    }
  }

  /** Class/id hints help most pages; when they leave almost nothing, try again without. */
  /** The site's declared name and its host's labels, as the title cleaner matches them. */
  private static List<String> siteKeys(Document doc, PageMetadata meta) {
    String url = meta != null && meta.canonicalUrl() != null ? meta.canonicalUrl() : doc.location();
    List<String> names = new ArrayList<>();
    if (meta != null && meta.siteName() != null) {
      names.add(meta.siteName());
    }
    return TitleCleaner.siteKeys(names, url);
  }

  private BlockCollector collect(
      TextStats stats,
      boolean useHints,
      String declaredBody,
      String description,
      List<String> siteKeys) {
    BlockCollector collector = new BlockCollector(rules, stats, useHints, siteKeys);
    int[] roots = scorer.contentRoots(stats, useHints, declaredBody);
    collector.collect(leads.withLead(roots, stats, description));
    return collector;
  }

  private static int charCount(List<String> blocks) {
    int n = 0;
    for (String b : blocks) {
      n += b.length();
    }
    return n;
  }

  /**
   * The headline repeated as one of the first blocks belongs to the title, not the text: the title
   * chosen, else another title the page declares.
   */
  private void dropLeadingTitle(
      List<String> blocks,
      List<MarkdownBlocks.Block> markdown,
      List<RemovedBlock> removed,
      PageMetadata meta) {
    if (meta == null || meta.title() == null || blocks.isEmpty()) {
      return;
    }
    if (!dropLeading(meta.title(), blocks, markdown, removed)) {
      // the headline shown may repeat another declared title than the one chosen (a JSON-LD
      // headline with its kicker where og:title won); not any h1, which may be a heading of the
      // story's own
      for (String headline : meta.declaredTitles()) {
        if (dropLeading(headline, blocks, markdown, removed)) {
          return;
        }
      }
    }
  }

  /** Drops the first of the leading blocks that repeats the title; false when none does. */
  private boolean dropLeading(
      String title,
      List<String> blocks,
      List<MarkdownBlocks.Block> markdown,
      List<RemovedBlock> removed) {
    String titleKey = TitleCleaner.key(title);
    for (int i = 0; i < Math.min(t.titleLeadingBlocks(), blocks.size()); i++) {
      String block = blocks.get(i);
      if (block.length() > title.length() * 2 + 20) {
        continue; // a paragraph, not a repeated headline; skip the costly comparison
      }
      if (!titleKey.isEmpty() && TitleCleaner.key(block).equals(titleKey)) {
        markdown.remove(i);
        removed.add(new RemovedBlock("title", blocks.remove(i)));
        return true;
      }
    }
    return false;
  }

  /** A short early block naming the author ("By Jane Doe and Tom Roe") is the byline. */
  private void dropLeadingByline(
      List<String> blocks,
      List<MarkdownBlocks.Block> markdown,
      List<RemovedBlock> removed,
      PageMetadata meta) {
    if (meta == null || meta.authors().isEmpty()) {
      return;
    }
    for (int i = 0; i < Math.min(t.leadingBlocks(), blocks.size()); i++) {
      String block = blocks.get(i);
      if (block.length() <= t.bylineBlockMaxChars() && namesAuthor(block, meta.authors())) {
        markdown.remove(i);
        removed.add(new RemovedBlock("byline", blocks.remove(i)));
        return;
      }
    }
  }

  private boolean namesAuthor(String block, List<String> authors) {
    int named = 0;
    for (String author : authors) {
      if (author.length() >= 3 && block.contains(author)) {
        named += author.length();
      }
    }
    return named > 0 && block.length() - named <= t.bylineBlockMaxExtraChars();
  }

  private static Extraction empty(PageMetadata meta) {
    return build(
        meta, meta == null ? null : meta.publishedTime(), List.of(), List.of(), List.of(), "");
  }

  private static Extraction build(
      PageMetadata m,
      String published,
      List<String> blocks,
      List<Figure> images,
      List<RemovedBlock> removed,
      String markdown) {
    if (m == null) {
      return new Extraction(
          null, null, List.of(), null, null, null, null, null, blocks, images, removed, markdown,
          null, null, List.of(), null);
    }
    return new Extraction(
        m.title(),
        m.siteName(),
        m.authors(),
        published,
        m.modifiedTime(),
        m.language(),
        m.canonicalUrl(),
        m.description(),
        blocks,
        images,
        removed,
        markdown,
        m.mainImage(),
        m.section(),
        m.keywords(),
        null);
  }
}
