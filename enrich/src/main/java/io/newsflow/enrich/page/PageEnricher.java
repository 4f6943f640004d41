package io.newsflow.enrich.page;

import io.newsflow.enrich.EnrichConfig;
import io.newsflow.enrich.entities.CanonicalEntity;
import io.newsflow.enrich.entities.EntityRecognizer;
import io.newsflow.enrich.html.ArticleExtractor;
import io.newsflow.enrich.article.Extraction;
import io.newsflow.enrich.html.HtmlPageParser;
import io.newsflow.enrich.language.LanguageGuesser;
import io.newsflow.enrich.text.SiteMemory;
import io.newsflow.enrich.text.TextCleaner;
import io.newsflow.schema.RawPage;
import io.newsflow.schema.RawPageRef;
import io.newsflow.schema.deadletter.DeadLetterReason;
import io.newsflow.enrich.text.TextCleaning;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.time.Clock;
import java.util.List;
import org.jsoup.nodes.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Enriches one raw page: checks it, parses it, extracts the article and tags its entities. Knows
 * nothing of Kafka, so it can be tested and benchmarked alone. Thread-safe.
 */
public final class PageEnricher {
  private static final Logger LOG = LoggerFactory.getLogger(PageEnricher.class);
  /** More replacement characters than this share of the text means the bytes were not text. */
  private static final double MAX_REPLACEMENT_SHARE = 0.02;

  private final EnrichConfig config;
  private final HtmlPageParser parser;
  private final ArticleExtractor extractor;
  private final EntityRecognizer recognizer;
  private final Clock clock;
  private final TextCleaner textCleaner;
  private final LanguageGuesser languages = LanguageGuesser.withDefaultProfiles();

  public PageEnricher(
      EnrichConfig config, HtmlPageParser parser, ArticleExtractor extractor, EntityRecognizer recognizer, Clock clock) {
    this(config, parser, extractor, TextCleaner.withDefaultRules(), recognizer, clock);
  }

  public PageEnricher(
      EnrichConfig config,
      HtmlPageParser parser,
      ArticleExtractor extractor,
      TextCleaner textCleaner,
      EntityRecognizer recognizer,
      Clock clock) {
    this.config = config;
    this.parser = parser;
    this.extractor = extractor;
    this.textCleaner = textCleaner;
    this.recognizer = recognizer;
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
        EntityRecognizer.loadDefault(),
        clock);
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
      return new Rejection(DeadLetterReason.TOO_LARGE, body.length + " bytes, over the limit of " + config.maxPageBytes());
    }
    if (ContentSniffer.isTextPage(page.getContentType(), body)) {
      String binary = ContentSniffer.binaryReason(body);
      return binary != null
          ? new Rejection(DeadLetterReason.NOT_TEXT, "declared " + page.getContentType() + ", but " + binary)
          : new ResolvedPage(page, body, ResolvedPage.Kind.TEXT);
    }
    String notHtml = ContentSniffer.whyNotHtml(page.getContentType(), body);
    return notHtml != null
        ? new Rejection(DeadLetterReason.NOT_HTML, notHtml)
        : new ResolvedPage(page, body, ResolvedPage.Kind.HTML);
  }

  public EnrichResult enrich(RawPage page, RawPageRef ref) {
    return enrich(page, ref, SiteMemory.NONE);
  }

  /** {@link #resolve} and, for a page that passes, {@link #enrich(ResolvedPage, RawPageRef, SiteMemory)}. */
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
    int tags = countTags(body, config.maxTags());
    if (tags > config.maxTags()) {
      return EnrichResult.rejected(
          DeadLetterReason.TOO_MANY_ELEMENTS, "more than " + config.maxTags() + " tags");
    }
    long start = System.nanoTime();
    Document doc = parser.parse(body, page.getCharset(), page.getFinalUrl());
    Extraction extraction = extractor.extract(doc);
    if (overBudget(start)) {
      return overBudget("extraction");
    }
    if (replacementShare(extraction.text()) > MAX_REPLACEMENT_SHARE) {
      return EnrichResult.rejected(
          DeadLetterReason.INVALID_ENCODING, "the text does not decode in the page's charset (" + doc.charset() + ")");
    }
    return finish(page, ref, extraction, start);
  }

  private EnrichResult enrichText(ResolvedPage resolved, RawPageRef ref, SiteMemory memory) {
    RawPage page = resolved.page();
    byte[] body = resolved.body();
    long start = System.nanoTime();
    Charset charset = TextDecoding.charset(page.getCharset(), body);
    String raw = TextDecoding.decode(body, charset);
    if (replacementShare(raw) > MAX_REPLACEMENT_SHARE) {
      return EnrichResult.rejected(
          DeadLetterReason.INVALID_ENCODING, "the text does not decode in the page's charset (" + charset.name() + ")");
    }
    TextCleaning cleaning = textCleaner.clean(raw, page.getSite(), memory);
    memory.learn(cleaning.fingerprints());
    if (overBudget(start)) {
      return overBudget("text cleaning");
    }
    return finish(page, ref, cleaning.extraction(), start);
  }

  private EnrichResult finish(RawPage page, RawPageRef ref, Extraction extraction, long start) {
    String text = extraction.text();
    int words = WordCounter.count(text);
    if (words < config.minWords()) {
      return EnrichResult.rejected(
          DeadLetterReason.EMPTY_AFTER_EXTRACTION, words + " words of article text, fewer than " + config.minWords());
    }
    String language = languages.declaredOrGuessed(extraction.language(), text);
    List<CanonicalEntity> entities = recognizer.recognize(text);
    if (overBudget(start)) {
      return overBudget("entity tagging");
    }
    return new EnrichResult.Enriched(
        ArticleAssembler.assemble(page, ref, extraction, text, language, entities, clock.instant()));
  }

  /**
   * The work of each step is bounded by the input caps; this catches a page that is slow anyway,
   * so it costs one budget and not a stalled partition.
   */
  private boolean overBudget(long startNanos) {
    return System.nanoTime() - startNanos > config.pageBudget().toNanos();
  }

  private EnrichResult overBudget(String step) {
    return EnrichResult.rejected(
        DeadLetterReason.OVER_TIME_BUDGET, "over the page budget of " + config.pageBudget().toMillis() + " ms after " + step);
  }

  /** Counts '<' followed by a letter, stopping past the limit: a cheap upper bound of the elements. */
  static int countTags(byte[] body, int limit) {
    int tags = 0;
    for (int i = 0; i + 1 < body.length && tags <= limit; i++) {
      if (body[i] == '<') {
        byte next = body[i + 1];
        if ((next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z')) {
          tags++;
        }
      }
    }
    return tags;
  }

  private static double replacementShare(String text) {
    if (text.isEmpty()) {
      return 0;
    }
    long bad = text.chars().filter(c -> c == '\uFFFD').count();
    return (double) bad / text.length();
  }

  private static byte[] bytes(ByteBuffer buffer) {
    ByteBuffer b = buffer.duplicate();
    byte[] out = new byte[b.remaining()];
    b.get(out);
    return out;
  }
}
