package io.newsflow.app.cli;

import io.newsflow.ingest.pipe.PipeConfig;
import picocli.CommandLine.Option;

/** Settings of {@code newsflow publish}. */
public final class PublishOptions {
  @Option(
      names = "--max-line-bytes",
      defaultValue = "" + PipeConfig.DEFAULT_MAX_LINE_BYTES,
      description =
          "Longest JSON line (page included); longer lines become line_too_large dead letters. Default: ${DEFAULT-VALUE}.")
  int maxLineBytes;

  @Option(
      names = "--source",
      defaultValue = PipeConfig.DEFAULT_SOURCE,
      description = "Label written to RawPage.source. Default: ${DEFAULT-VALUE}.")
  String source;

  public PipeConfig config() {
    return new PipeConfig(maxLineBytes, source);
  }
}
