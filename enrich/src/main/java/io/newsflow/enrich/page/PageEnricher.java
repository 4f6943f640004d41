package io.newsflow.enrich.page;

import io.newsflow.encoding.CharsetResolver;
import io.newsflow.encoding.ContentSniffer;
import io.newsflow.encoding.DecodedText;
import io.newsflow.encoding.PageKind;
import io.newsflow.encoding.ResolvedCharset;
import io.newsflow.encoding.TextDecoder;
import io.newsflow.enrich.EnrichConfig;
import io.newsflow.enrich.article.Extraction;
import io.newsflow.enrich.entities.CanonicalEntity;
import io.newsflow.enrich.entities.EntityModels;
import io.newsflow.enrich.entities.EntityRecognizer;
import io.newsflow.enrich.html.ArticleExtractor;
import io.newsflow.enrich.html.HtmlPageParser;
import io.newsflow.enrich.language.LanguageGuesser;
import io.newsflow.enrich.metadata.SiteHost;
import io.newsflow.enrich.metadata.SiteTitles;
import io.newsflow.enrich.text.SiteMemory;
import io.newsflow.enrich.text.TextCleaner;
import io.newsflow.enrich.text.TextCleaning;
import io.newsflow.schema.RawPage;
import io.newsflow.schema.RawPageRef;
import io.newsflow.schema.deadletter.DeadLetterReason;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jsoup.nodes.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Enriches one raw page: checks it, parses it, extracts the article and tags its entities. Knows
 * nothing of Kafka, so it can be tested and benchmarked alone. Thread-safe.
 */
public final class PageEnricher {
  private static final Logger LOG = LoggerFactory.getLogger(PageEnricher.class);

  private final EnrichConfig config;
  private final HtmlPageParser parser;
  private final ArticleExtractor extractor;
  private final EntityModels models;
  private final Clock clock;
  private final TextCleaner textCleaner;
  private final SiteTitles siteTitles;
  private final LanguageGuesser languages = LanguageGuesser.withDefaultProfiles();
  private volatile StepObserver observer = StepObserver.NONE;

  public PageEnricher(
      EnrichConfig config,
      HtmlPageParser parser,
      ArticleExtractor extractor,
      EntityRecognizer recognizer,
      Clock clock) {
    this(config, parser, extractor, TextCleaner.withDefaultRules(), recognizer, clock);
  }

  public PageEnricher(
      EnrichConfig config,
      HtmlPageParser parser,
      ArticleExtractor extractor,
      TextCleaner textCleaner,
      EntityRecognizer recognizer,
      Clock clock) {
    this(config, parser, extractor, textCleaner, EntityModels.of(recognizer), clock);
  }

  /** With a tagger per language: an article is tagged by its language's model or not at all. */
  public PageEnricher(
      EnrichConfig config,
      HtmlPageParser parser,
      ArticleExtractor extractor,
      TextCleaner textCleaner,
      EntityModels models,
      Clock clock) {
    this.config = config;
    this.parser = parser;
    this.extractor = extractor;
    this.textCleaner = textCleaner;
    this.siteTitles = extractor.newSiteTitles();
    this.models = models;
    this.clock = clock;
  }

  /**
   * The page step with the bundled rules and entity model: what {@code newsflow enrich} runs on
   * every record and {@code newsflow extract} on every file.
   */
  public static PageEnricher withDefaults(EnrichConfig config, Clock clock) {
    return new PageEnricher(
        config,
        new HtmlPageParser(),
        ArticleExtractor.withDefaultRules(),
        TextCleaner.withDefaultRules(),
        EntityModels.shipped(),
        clock);
  }

  /** Reports the time of each step from now on (metrics). */
  public void observeSteps(StepObserver observer) {
    this.observer = observer;
  }

  /**
   * Checks a raw page's bytes and decides its path, before any parsing: the only place a page is
   * sniffed.
   */
  public Resolution resolve(RawPage page) {
    byte[] body = bytes(page.getBody());
    if (body.length == 0) {
      return new Rejection(DeadLetterReason.EMPTY_BODY, "the page has no body");
    }
    if (body.length > config.maxPageBytes()) {
      return new Rejection(
          DeadLetterReason.TOO_LARGE,
          body.length + " bytes, over the limit of " + config.maxPageBytes());
    }
    PageKind kind = ContentSniffer.sniff(page.getContentType(), body);
    return switch (kind.kind()) {
      case HTML -> new ResolvedPage(page, body, ResolvedPage.Kind.HTML, charset(page, body));
      case TEXT -> new ResolvedPage(page, body, ResolvedPage.Kind.TEXT, charset(page, body));
      case BINARY ->
          declaredText(page)
              ? new Rejection(
                  DeadLetterReason.NOT_TEXT,
                  "declared " + page.getContentType() + ", but " + kind.reason())
              : new Rejection(DeadLetterReason.NOT_HTML, kind.reason());
      case UNSUPPORTED_TYPE -> new Rejection(DeadLetterReason.NOT_HTML, kind.reason());
    };
  }

  private static ResolvedCharset charset(RawPage page, byte[] body) {
    return CharsetResolver.resolve(body, page.getCharset());
  }

  private static boolean declaredText(RawPage page) {
    String type =
        page.getContentType() == null ? "" : page.getContentType().toLowerCase(Locale.ROOT);
    return type.equals("text/plain") || type.equals("text/markdown");
  }

  public EnrichResult enrich(RawPage page, RawPageRef ref) {
    return enrich(page, ref, SiteMemory.NONE);
  }

  /**
   * {@link #resolve} and, for a page that passes, {@link #enrich(ResolvedPage, RawPageRef,
   * SiteMemory)}.
   */
  public EnrichResult enrich(RawPage page, RawPageRef ref, SiteMemory memory) {
    Resolution resolution = resolve(page);
    return resolution instanceof ResolvedPage resolved
        ? enrich(resolved, ref, memory)
        : new EnrichResult.Rejected((Rejection) resolution);
  }

  /**
   * Enriches one resolved page; a text page is cleaned with what {@code memory} knows of its site,
   * and its lines are then counted into it. Never throws: hostile input that breaks a step is a
   * rejection ({@code internal_error}), so neither a stream thread nor a batch run dies of it.
   */
  public EnrichResult enrich(ResolvedPage page, RawPageRef ref, SiteMemory memory) {
    try {
      return page.isText() ? enrichText(page, ref, memory) : enrichHtml(page, ref);
    } catch (RuntimeException | StackOverflowError e) {
      LOG.warn("enriching {} failed", page.page().getFinalUrl(), e);
      return EnrichResult.rejected(DeadLetterReason.INTERNAL_ERROR, e.toString());
    }
  }

  private EnrichResult enrichHtml(ResolvedPage resolved, RawPageRef ref) {
    RawPage page = resolved.page();
    byte[] body = resolved.body();
    int tags = TagCounter.count(body, config.maxTags());
    if (tags > config.maxTags()) {
      return EnrichResult.rejected(
          DeadLetterReason.TOO_MANY_ELEMENTS, "more than " + config.maxTags() + " tags");
    }
    long start = System.nanoTime();
    Document doc = parser.parse(body, resolved.charset(), page.getFinalUrl());
    Extraction extraction = extractor.extract(doc);
    observer.extracted(body.length, System.nanoTime() - start);
    if (overBudget(start)) {
      return overBudget("extraction");
    }
    if (replacementShare(extraction.text()) > DecodedText.MAX_REPLACED_SHARE) {
      return undecodable(resolved);
    }
    return finish(page, ref, extraction, start);
  }

  private EnrichResult enrichText(ResolvedPage resolved, RawPageRef ref, SiteMemory memory) {
    RawPage page = resolved.page();
    byte[] body = resolved.body();
    long start = System.nanoTime();
    DecodedText raw = TextDecoder.decode(body, resolved.charset());
    if (raw.mostlyUndecodable()) {
      return undecodable(resolved);
    }
    TextCleaning cleaning =
        textCleaner.clean(raw.text(), page.getSite(), page.getFinalUrl(), memory);
    memory.learn(cleaning.fingerprints());
    observer.extracted(body.length, System.nanoTime() - start);
    if (overBudget(start)) {
      return overBudget("text cleaning");
    }
    return finish(page, ref, cleaning.extraction(), start);
  }

  private EnrichResult finish(RawPage page, RawPageRef ref, Extraction cleaned, long start) {
    Extraction extraction = withSiteTitle(page, cleaned);
    String text = extraction.text();
    int words = WordCounter.count(text);
    if (words < config.minWords()) {
      return EnrichResult.rejected(
          DeadLetterReason.EMPTY_AFTER_EXTRACTION,
          words + " words of article text, fewer than " + config.minWords());
    }
    String language = languages.declaredOrGuessed(extraction.language(), text);
    // A language guessed from this text needs no second guess to agree with it.
    EntityRecognizer recognizer =
        recognizerFor(language, extraction.language() != null ? text : null);
    long tagStart = System.nanoTime();
    List<CanonicalEntity> entities = recognizer != null ? recognizer.recognize(text) : List.of();
    if (recognizer != null) {
      observer.tagged(System.nanoTime() - tagStart);
    }
    if (overBudget(start)) {
      return overBudget("entity tagging");
    }
    observer.article(words);
    return new EnrichResult.Enriched(
        ArticleAssembler.assemble(
            page,
            ref,
            extraction,
            text,
            words,
            language,
            new Entities(entities, recognizer != null ? recognizer.modelId() : null),
            clock.instant()));
  }

  /**
   * The title without a leading or trailing part that the site's other titles share (learned over
   * the pages this process saw); a page that declares its site name was cleaned with it and only
   * teaches.
   */
  private Extraction withSiteTitle(RawPage page, Extraction extraction) {
    String title = extraction.title();
    String site = siteKey(page, extraction.canonicalUrl());
    String clean = siteTitles.clean(site, title, extraction.siteName() == null);
    return Objects.equals(clean, title) ? extraction : extraction.withTitle(clean);
  }

  /**
   * The producer's site label, else the page's host without www. (else the canonical URL's host,
   * for a local file), or "" for none.
   */
  static String siteKey(RawPage page, String canonicalUrl) {
    if (page.getSite() != null && !page.getSite().isBlank()) {
      return page.getSite().strip().toLowerCase(Locale.ROOT);
    }
    String host = SiteHost.of(page.getFinalUrl());
    return host.isEmpty() ? SiteHost.of(canonicalUrl) : host;
  }

  /**
   * The model that may tag this text, or null: the model of its language, if that is a tagged
   * language and the text itself does not read as another language (pages declare their template's
   * language). A model is loaded on the first article of its language.
   *
   * @param declaredText the text, to check a declared language against; null when the language was
   *     guessed from it
   */
  private EntityRecognizer recognizerFor(String language, String declaredText) {
    String primary = primaryTag(language);
    if (primary == null
        || !config.entityLanguages().contains(primary)
        || models.card(primary).isEmpty()) {
      return null;
    }
    String guessed = declaredText == null ? null : languages.guess(declaredText);
    if (guessed != null && !primaryTag(guessed).equals(primary)) {
      return null;
    }
    return models.forLanguage(primary).orElse(null);
  }

  private static String primaryTag(String language) {
    if (language == null || language.isBlank()) {
      return null;
    }
    int dash = language.indexOf('-');
    return (dash < 0 ? language : language.substring(0, dash)).strip().toLowerCase(Locale.ROOT);
  }

  /**
   * The work of each step is bounded by the input caps; this catches a page that is slow anyway, so
   * it costs one budget and not a stalled partition.
   */
  private boolean overBudget(long startNanos) {
    return System.nanoTime() - startNanos > config.pageBudget().toNanos();
  }

  private EnrichResult overBudget(String step) {
    return EnrichResult.rejected(
        DeadLetterReason.OVER_TIME_BUDGET,
        "over the page budget of " + config.pageBudget().toMillis() + " ms after " + step);
  }

  /** Most of the text is replacement characters: the bytes are not text in any charset we found. */
  private static EnrichResult undecodable(ResolvedPage page) {
    return EnrichResult.rejected(
        DeadLetterReason.INVALID_ENCODING,
        "the text does not decode in the page's charset (" + page.charset() + ")");
  }

  /**
   * Counts '<' followed by a letter, stopping past the limit: a cheap upper bound of the elements.
   */
  private static double replacementShare(String text) {
    if (text.isEmpty()) {
      return 0;
    }
    long bad = text.chars().filter(c -> c == '\uFFFD').count();
    return (double) bad / text.length();
  }

  private static byte[] bytes(ByteBuffer buffer) {
    // Avro decodes a body into a buffer over an array of its own: read it in place (the steps only
    // read the bytes) rather than copy every page once more.
    if (buffer.hasArray()
        && buffer.arrayOffset() == 0
        && buffer.position() == 0
        && buffer.limit() == buffer.array().length) {
      return buffer.array();
    }
    ByteBuffer b = buffer.duplicate();
    byte[] out = new byte[b.remaining()];
    b.get(out);
    return out;
  }
}
