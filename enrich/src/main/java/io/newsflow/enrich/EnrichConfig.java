package io.newsflow.enrich;

import java.nio.file.Path;
import java.time.Duration;

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
 */
public record EnrichConfig(
    String applicationId,
    Path stateDir,
    int streamThreads,
    int maxPageBytes,
    int minWords,
    int maxTags,
    Duration pageBudget) {

  public static final String DEFAULT_APPLICATION_ID = "newsflow-enrich";
  public static final int DEFAULT_MAX_PAGE_BYTES = 10 * 1024 * 1024;
  public static final int DEFAULT_MIN_WORDS = 20;
  public static final int DEFAULT_MAX_TAGS = 300_000;
  public static final Duration DEFAULT_PAGE_BUDGET = Duration.ofSeconds(10);

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
    if (pageBudget.isNegative() || pageBudget.isZero()) {
      throw new IllegalArgumentException("page budget must be positive, was " + pageBudget);
    }
  }

  public static EnrichConfig defaults(Path stateDir) {
    return new EnrichConfig(
        DEFAULT_APPLICATION_ID,
        stateDir,
        1,
        DEFAULT_MAX_PAGE_BYTES,
        DEFAULT_MIN_WORDS,
        DEFAULT_MAX_TAGS,
        DEFAULT_PAGE_BUDGET);
  }
}
