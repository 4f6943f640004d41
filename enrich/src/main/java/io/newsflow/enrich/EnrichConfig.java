package io.newsflow.enrich;

import io.newsflow.enrich.dedup.DedupSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

/**
 * Settings of the enrich stage. Defaults are in {@link #defaults()} and documented in the README.
 *
 * @param applicationId the Kafka Streams application id: instances with the same id share the work
 * @param stateDir where Kafka Streams keeps local state
 * @param streamThreads stream threads in this instance
 * @param maxPageBytes a larger raw page becomes a dead letter with reason too_large
 * @param minWords an article with fewer words becomes a dead letter (empty_after_extraction)
 * @param maxTags a page with more tags becomes a dead letter (too_many_elements): this bounds the
 *     memory of its DOM
 * @param pageBudget a page whose work takes longer becomes a dead letter (over_time_budget)
 * @param siteMemory how text pages learn their site's chrome lines in the stream
 * @param entityLanguages the languages whose articles are tagged, by their BCP 47 primary tag; an
 *     article in any other language gets no entities, since a model run on a language it was not
 *     trained on returns noise
 * @param dedup copy detection and story grouping
 * @param commitInterval how often the stream threads commit, each commit ending a transaction under
 *     exactly-once: a transaction costs the same however many pages it carries, so a longer
 *     interval costs less CPU per page and adds up to itself to the time a page takes to reach the
 *     sink (read_committed)
 */
public record EnrichConfig(
    String applicationId,
    Path stateDir,
    int streamThreads,
    int maxPageBytes,
    int minWords,
    int maxTags,
    Duration pageBudget,
    SiteMemorySettings siteMemory,
    Set<String> entityLanguages,
    DedupSettings dedup,
    Duration commitInterval) {

  /**
   * The languages of the bundled models (EntityModels.SHIPPED) but German: its model, trained on
   * silver Wikipedia data, finds under half the names of news text and one in two of its names is
   * wrong (GermEval dev P 0.55 R 0.39), and wrong names are worse than none, so it is opt-in. A
   * model is loaded on the first article of its language, so a language never seen costs nothing.
   */
  public static final String DEFAULT_ENTITY_LANGUAGES_TEXT = "en,es,fr,it,nl,pt,ru";

  public static final Set<String> DEFAULT_ENTITY_LANGUAGES =
      Set.of(DEFAULT_ENTITY_LANGUAGES_TEXT.split(","));

  public static final String DEFAULT_APPLICATION_ID = "newsflow-enrich";
  public static final int DEFAULT_STREAM_THREADS = 1;
  public static final int DEFAULT_MAX_PAGE_BYTES = 10 * 1024 * 1024;
  public static final int DEFAULT_MIN_WORDS = 20;
  public static final int DEFAULT_MAX_TAGS = 300_000;
  // Durations as ISO-8601 text as well: the command line's defaults must be compile-time constants.
  public static final String DEFAULT_PAGE_BUDGET_TEXT = "PT10S";
  public static final Duration DEFAULT_PAGE_BUDGET = Duration.parse(DEFAULT_PAGE_BUDGET_TEXT);

  /**
   * Kafka Streams' own under exactly-once is 100 ms: ten transactions a second per stream thread,
   * each a round of requests to the transaction coordinator and markers written to every partition
   * it touched. Chosen by `newsflow bench` (README, Performance).
   */
  public static final String DEFAULT_COMMIT_INTERVAL_TEXT = "PT0.5S";

  public static final Duration DEFAULT_COMMIT_INTERVAL =
      Duration.parse(DEFAULT_COMMIT_INTERVAL_TEXT);

  /**
   * The site memory of text pages: a line (by fingerprint) seen on at least {@code minPages}
   * distinct pages of one site, the last of them within {@code window}, is chrome on that site.
   * Entries unseen for longer than the window are evicted, which bounds the store.
   *
   * @param minPages 0 turns the memory off
   * @param maxLinesPerPage lines of one page counted at most (a page of 100,000 lines costs no
   *     more)
   */
  public record SiteMemorySettings(int minPages, Duration window, int maxLinesPerPage) {
    public static final int DEFAULT_MIN_PAGES = 5;
    public static final String DEFAULT_WINDOW_TEXT = "P30D";
    public static final Duration DEFAULT_WINDOW = Duration.parse(DEFAULT_WINDOW_TEXT);
    public static final int DEFAULT_MAX_LINES_PER_PAGE = 500;

    public SiteMemorySettings {
      if (minPages < 0) {
        throw new IllegalArgumentException("site memory min pages must be >= 0, was " + minPages);
      }
      if (window.isNegative() || window.isZero()) {
        throw new IllegalArgumentException("site memory window must be positive, was " + window);
      }
      if (maxLinesPerPage < 1) {
        throw new IllegalArgumentException(
            "site memory max lines per page must be >= 1, was " + maxLinesPerPage);
      }
    }

    public static SiteMemorySettings defaults() {
      return new SiteMemorySettings(DEFAULT_MIN_PAGES, DEFAULT_WINDOW, DEFAULT_MAX_LINES_PER_PAGE);
    }

    public boolean enabled() {
      return minPages > 0;
    }
  }

  public EnrichConfig {
    if (applicationId == null || applicationId.isBlank()) {
      throw new IllegalArgumentException("application id must not be blank");
    }
    if (streamThreads < 1) {
      throw new IllegalArgumentException("stream threads must be >= 1, was " + streamThreads);
    }
    if (maxPageBytes < 1) {
      throw new IllegalArgumentException("max page bytes must be >= 1, was " + maxPageBytes);
    }
    if (minWords < 0) {
      throw new IllegalArgumentException("min words must be >= 0, was " + minWords);
    }
    if (maxTags < 1) {
      throw new IllegalArgumentException("max tags must be >= 1, was " + maxTags);
    }
    if (siteMemory == null) {
      throw new IllegalArgumentException("site memory settings must not be null");
    }
    if (pageBudget.isNegative() || pageBudget.isZero()) {
      throw new IllegalArgumentException("page budget must be positive, was " + pageBudget);
    }
    entityLanguages = Set.copyOf(entityLanguages);
    if (dedup == null) {
      throw new IllegalArgumentException("dedup settings must not be null");
    }
    if (commitInterval.isNegative() || commitInterval.isZero()) {
      throw new IllegalArgumentException("commit interval must be positive, was " + commitInterval);
    }
  }

  public static EnrichConfig defaults(Path stateDir) {
    return new EnrichConfig(
        DEFAULT_APPLICATION_ID,
        stateDir,
        DEFAULT_STREAM_THREADS,
        DEFAULT_MAX_PAGE_BYTES,
        DEFAULT_MIN_WORDS,
        DEFAULT_MAX_TAGS,
        DEFAULT_PAGE_BUDGET,
        SiteMemorySettings.defaults(),
        DEFAULT_ENTITY_LANGUAGES,
        DedupSettings.defaults(),
        DEFAULT_COMMIT_INTERVAL);
  }

  /** The same settings with other limits of the page step. */
  public EnrichConfig withPageLimits(
      int maxPageBytes, int minWords, int maxTags, Duration pageBudget) {
    return toBuilder().pageLimits(maxPageBytes, minWords, maxTags, pageBudget).build();
  }

  public EnrichConfig withSiteMemory(SiteMemorySettings settings) {
    return toBuilder().siteMemory(settings).build();
  }

  public EnrichConfig withDedup(DedupSettings settings) {
    return toBuilder().dedup(settings).build();
  }

  /** The same settings with another number of stream threads (the benchmark compares them). */
  public EnrichConfig withStreamThreads(int threads) {
    return toBuilder().streamThreads(threads).build();
  }

  public EnrichConfig withEntityLanguages(Set<String> languages) {
    return toBuilder().entityLanguages(languages).build();
  }

  public EnrichConfig withCommitInterval(Duration interval) {
    return toBuilder().commitInterval(interval).build();
  }

  private Builder toBuilder() {
    return new Builder(this);
  }

  /** A copy of a config with some settings changed; the record's checks run on build. */
  private static final class Builder {
    private final EnrichConfig from;
    private int streamThreads;
    private int maxPageBytes;
    private int minWords;
    private int maxTags;
    private Duration pageBudget;
    private SiteMemorySettings siteMemory;
    private Set<String> entityLanguages;
    private DedupSettings dedup;
    private Duration commitInterval;

    private Builder(EnrichConfig from) {
      this.from = from;
      streamThreads = from.streamThreads;
      maxPageBytes = from.maxPageBytes;
      minWords = from.minWords;
      maxTags = from.maxTags;
      pageBudget = from.pageBudget;
      siteMemory = from.siteMemory;
      entityLanguages = from.entityLanguages;
      dedup = from.dedup;
      commitInterval = from.commitInterval;
    }

    Builder streamThreads(int threads) {
      streamThreads = threads;
      return this;
    }

    Builder pageLimits(int maxPageBytes, int minWords, int maxTags, Duration pageBudget) {
      this.maxPageBytes = maxPageBytes;
      this.minWords = minWords;
      this.maxTags = maxTags;
      this.pageBudget = pageBudget;
      return this;
    }

    Builder siteMemory(SiteMemorySettings settings) {
      siteMemory = settings;
      return this;
    }

    Builder entityLanguages(Set<String> languages) {
      entityLanguages = languages;
      return this;
    }

    Builder dedup(DedupSettings settings) {
      dedup = settings;
      return this;
    }

    Builder commitInterval(Duration interval) {
      commitInterval = interval;
      return this;
    }

    EnrichConfig build() {
      return new EnrichConfig(
          from.applicationId,
          from.stateDir,
          streamThreads,
          maxPageBytes,
          minWords,
          maxTags,
          pageBudget,
          siteMemory,
          entityLanguages,
          dedup,
          commitInterval);
    }
  }
}
