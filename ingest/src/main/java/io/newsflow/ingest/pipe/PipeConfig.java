package io.newsflow.ingest.pipe;

/**
 * Settings of {@code newsflow publish}.
 *
 * @param maxLineBytes longest accepted JSON line (the page inside it included); a longer line
 *     becomes a {@code line_too_large} dead letter. Default {@value #DEFAULT_MAX_LINE_BYTES}.
 * @param source written to RawPage.source, so records from different pipes can be told apart.
 *     Default {@value #DEFAULT_SOURCE}.
 */
public record PipeConfig(int maxLineBytes, String source) {
  public static final int DEFAULT_MAX_LINE_BYTES = 10_485_760;
  public static final String DEFAULT_SOURCE = "stdin";

  public PipeConfig {
    if (maxLineBytes < 1) {
      throw new IllegalArgumentException("max line bytes must be positive, not " + maxLineBytes);
    }
    if (source == null || source.isBlank()) {
      throw new IllegalArgumentException("the source label must not be empty");
    }
  }

  public static PipeConfig defaults() {
    return new PipeConfig(DEFAULT_MAX_LINE_BYTES, DEFAULT_SOURCE);
  }
}
