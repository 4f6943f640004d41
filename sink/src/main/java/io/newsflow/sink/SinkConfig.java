package io.newsflow.sink;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Settings of the sink. Defaults are in {@link #defaults(Path)} and documented in the README.
 *
 * @param outDir where the JSON-lines files go
 * @param groupId the consumer group: sink instances with the same id share the partitions
 * @param maxFileBytes a file is closed and a new one started past this size
 * @param maxFileAge ... or once it is this old
 * @param skipDuplicates write originals only: an article with a {@code duplicate_of} (a copy of an
 *     article seen first) is read, counted and committed, but not written
 */
public record SinkConfig(
    Path outDir, String groupId, long maxFileBytes, Duration maxFileAge, boolean skipDuplicates) {
  public static final String DEFAULT_OUT_DIR = "out";
  public static final String DEFAULT_GROUP_ID = "newsflow-sink";
  public static final long DEFAULT_MAX_FILE_BYTES = 128L * 1024 * 1024;
  // The duration as ISO-8601 text as well: the command line's defaults must be compile-time
  // constants.
  public static final String DEFAULT_MAX_FILE_AGE_TEXT = "PT1H";
  public static final Duration DEFAULT_MAX_FILE_AGE = Duration.parse(DEFAULT_MAX_FILE_AGE_TEXT);

  public SinkConfig {
    if (groupId == null || groupId.isBlank()) {
      throw new IllegalArgumentException("group id must not be blank");
    }
    if (maxFileBytes < 1) {
      throw new IllegalArgumentException("max file bytes must be >= 1, was " + maxFileBytes);
    }
    if (maxFileAge.isNegative() || maxFileAge.isZero()) {
      throw new IllegalArgumentException("max file age must be positive, was " + maxFileAge);
    }
  }

  /** Copies written too (the default). */
  public SinkConfig(Path outDir, String groupId, long maxFileBytes, Duration maxFileAge) {
    this(outDir, groupId, maxFileBytes, maxFileAge, false);
  }

  public static SinkConfig defaults(Path outDir) {
    return new SinkConfig(outDir, DEFAULT_GROUP_ID, DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_FILE_AGE);
  }

  public SinkConfig withSkipDuplicates(boolean skip) {
    return new SinkConfig(outDir, groupId, maxFileBytes, maxFileAge, skip);
  }
}
