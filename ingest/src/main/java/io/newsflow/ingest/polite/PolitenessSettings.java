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
        8, Duration.ofSeconds(1), Duration.ofSeconds(30), 3, Duration.ofSeconds(1), Duration.ofSeconds(120),
        Duration.ofHours(24), true);
  }

  public PolitenessSettings withPerHostDelay(Duration delay) {
    return new PolitenessSettings(concurrency, delay, maxCrawlDelay, maxRetries, retryBaseDelay, maxRetryDelay, robotsTtl, robots);
  }

  public PolitenessSettings withRetries(int retries, Duration base, Duration max) {
    return new PolitenessSettings(concurrency, perHostDelay, maxCrawlDelay, retries, base, max, robotsTtl, robots);
  }

  public PolitenessSettings withConcurrency(int n) {
    return new PolitenessSettings(n, perHostDelay, maxCrawlDelay, maxRetries, retryBaseDelay, maxRetryDelay, robotsTtl, robots);
  }
}
