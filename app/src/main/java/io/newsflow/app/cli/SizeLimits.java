package io.newsflow.app.cli;

import io.newsflow.schema.TopicSettings;
import java.util.Locale;
import java.util.Optional;

/**
 * The byte limits of different stages that must agree, checked when a command starts:
 *
 * <ul>
 *   <li>a page a producer may publish (ingest's {@code --max-body-bytes}, publish's {@code
 *       --max-line-bytes}) plus {@link #RECORD_OVERHEAD_BYTES} must fit {@code
 *       --topic-max-message-bytes}, or Kafka refuses the record and its dead letter;
 *   <li>enrich's {@code --max-page-bytes} below ingest's {@code --max-body-bytes} is allowed (a
 *       deliberate second bound) but warned about: the pages between are fetched for nothing.
 * </ul>
 */
public final class SizeLimits {
  /**
   * Room for what a record holds besides the page: URLs, headers, a dead letter's wrapping of the
   * page it refuses, Kafka's record framing.
   */
  public static final int RECORD_OVERHEAD_BYTES = 64 * 1024;

  private SizeLimits() {}

  /** Fails with a one-line message when pages of up to {@code pageBytes} may not fit the topics. */
  public static void requireFitsTopics(String option, int pageBytes, TopicSettings topics) {
    long needed = (long) pageBytes + RECORD_OVERHEAD_BYTES;
    if (needed > topics.maxMessageBytes()) {
      throw new ConflictingSettingsException(
          String.format(
              Locale.ROOT,
              "%s %d does not fit --topic-max-message-bytes %d (a record needs up to %d bytes besides the page):"
                  + " lower %s to at most %d or raise --topic-max-message-bytes to at least %d",
              option,
              pageBytes,
              topics.maxMessageBytes(),
              RECORD_OVERHEAD_BYTES,
              option,
              topics.maxMessageBytes() - RECORD_OVERHEAD_BYTES,
              needed));
    }
  }

  /** A one-line warning when enrich refuses pages that ingest fetches and publishes. */
  public static Optional<String> enrichRefusesIngestedPages(int maxBodyBytes, int maxPageBytes) {
    return maxPageBytes >= maxBodyBytes
        ? Optional.empty()
        : Optional.of(
            String.format(
                Locale.ROOT,
                "--max-page-bytes %d is below --max-body-bytes %d: pages in between are fetched,"
                    + " then become too_large dead letters in enrich",
                maxPageBytes,
                maxBodyBytes));
  }
}
