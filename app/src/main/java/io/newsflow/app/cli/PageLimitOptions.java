package io.newsflow.app.cli;

import io.newsflow.enrich.EnrichConfig;
import java.time.Duration;
import picocli.CommandLine.Option;

/**
 * The page step's limits, one set for {@code enrich}, {@code run} and {@code extract}, so a file
 * and a record meet the same budgets.
 */
public final class PageLimitOptions {
  @Option(
      names = "--max-page-bytes",
      defaultValue = "" + EnrichConfig.DEFAULT_MAX_PAGE_BYTES,
      description = "Larger pages become dead letters (too_large). Default: ${DEFAULT-VALUE}.")
  int maxPageBytes;

  @Option(
      names = "--min-words",
      defaultValue = "" + EnrichConfig.DEFAULT_MIN_WORDS,
      description =
          "Fewer words of article text make a dead letter (empty_after_extraction); 0 keeps every"
              + " extraction. Default: ${DEFAULT-VALUE}.")
  int minWords;

  @Option(
      names = "--max-tags",
      defaultValue = "" + EnrichConfig.DEFAULT_MAX_TAGS,
      description =
          "Pages with more tags become dead letters (too_many_elements). Default: ${DEFAULT-VALUE}.")
  int maxTags;

  @Option(
      names = "--page-budget",
      defaultValue = EnrichConfig.DEFAULT_PAGE_BUDGET_TEXT,
      description =
          "Pages taking longer become dead letters (over_time_budget). Default: ${DEFAULT-VALUE}.")
  Duration pageBudget;

  /** The page step's settings for a run without Kafka Streams (no application, no state). */
  public EnrichConfig pageStepConfig() {
    return EnrichConfig.defaults(java.nio.file.Path.of("."))
        .withPageLimits(maxPageBytes, minWords, maxTags, pageBudget);
  }
}
