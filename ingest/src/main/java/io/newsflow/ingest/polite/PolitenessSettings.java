package io.newsflow.ingest.polite;

import java.time.Duration;

/**
 * How hard ingest may push on the sites it fetches from.
 *
 * @param concurrency fetches in flight at once over all hosts (the global limit)
 * @param perHostDelay least time between the end of one request to a host and the start of the
 *     next; a larger robots.txt Crawl-delay wins, up to maxCrawlDelay
 * @param maxCrawlDelay a Crawl-delay above this is capped to it (some sites ask for hours)
 * @param maxRetries further tries after a timeout, a 5xx or a 429
 * @param retryBaseDelay the first backoff; it doubles each try, with up to 50% random jitter
 * @param maxRetryDelay the longest backoff or Retry-After honoured; a longer Retry-After gives up
 * @param robotsTtl how long a host's robots.txt is cached
 * @param robots false ignores robots.txt (for tests on your own servers only)
 */
public record PolitenessSettings(
    int concurrency,
    Duration perHostDelay,
    Duration maxCrawlDelay,
    int maxRetries,
    Duration retryBaseDelay,
    Duration maxRetryDelay,
    Duration robotsTtl,
    boolean robots) {

  public static final int DEFAULT_CONCURRENCY = 8;
  public static final int DEFAULT_MAX_RETRIES = 3;
  public static final Duration DEFAULT_ROBOTS_TTL = Duration.ofHours(24);
  // Durations as ISO-8601 text as well: the command line's defaults must be compile-time constants.
  public static final String DEFAULT_PER_HOST_DELAY_TEXT = "PT1S";
  public static final Duration DEFAULT_PER_HOST_DELAY = Duration.parse(DEFAULT_PER_HOST_DELAY_TEXT);
  public static final String DEFAULT_MAX_CRAWL_DELAY_TEXT = "PT30S";
  public static final Duration DEFAULT_MAX_CRAWL_DELAY =
      Duration.parse(DEFAULT_MAX_CRAWL_DELAY_TEXT);
  public static final String DEFAULT_RETRY_BASE_DELAY_TEXT = "PT1S";
  public static final Duration DEFAULT_RETRY_BASE_DELAY =
      Duration.parse(DEFAULT_RETRY_BASE_DELAY_TEXT);
  public static final String DEFAULT_MAX_RETRY_DELAY_TEXT = "PT2M";
  public static final Duration DEFAULT_MAX_RETRY_DELAY =
      Duration.parse(DEFAULT_MAX_RETRY_DELAY_TEXT);

  public PolitenessSettings {
    if (concurrency < 1) {
      throw new IllegalArgumentException("fetch concurrency must be >= 1, was " + concurrency);
    }
    if (maxRetries < 0) {
      throw new IllegalArgumentException("max retries must be >= 0, was " + maxRetries);
    }
    if (perHostDelay.isNegative() || retryBaseDelay.isNegative() || maxRetryDelay.isNegative()) {
      throw new IllegalArgumentException("delays must not be negative");
    }
  }

  public static PolitenessSettings defaults() {
    return new PolitenessSettings(
        DEFAULT_CONCURRENCY,
        DEFAULT_PER_HOST_DELAY,
        DEFAULT_MAX_CRAWL_DELAY,
        DEFAULT_MAX_RETRIES,
        DEFAULT_RETRY_BASE_DELAY,
        DEFAULT_MAX_RETRY_DELAY,
        DEFAULT_ROBOTS_TTL,
        true);
  }

  public PolitenessSettings withPerHostDelay(Duration delay) {
    return new PolitenessSettings(
        concurrency,
        delay,
        maxCrawlDelay,
        maxRetries,
        retryBaseDelay,
        maxRetryDelay,
        robotsTtl,
        robots);
  }

  public PolitenessSettings withRetries(int retries, Duration base, Duration max) {
    return new PolitenessSettings(
        concurrency, perHostDelay, maxCrawlDelay, retries, base, max, robotsTtl, robots);
  }

  public PolitenessSettings withConcurrency(int n) {
    return new PolitenessSettings(
        n,
        perHostDelay,
        maxCrawlDelay,
        maxRetries,
        retryBaseDelay,
        maxRetryDelay,
        robotsTtl,
        robots);
  }
}
