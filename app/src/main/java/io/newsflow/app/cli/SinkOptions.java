package io.newsflow.app.cli;

import io.newsflow.sink.SinkConfig;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Option;

/** Settings of the sink. */
public final class SinkOptions {
  @Option(
      names = "--out",
      defaultValue = SinkConfig.DEFAULT_OUT_DIR,
      paramLabel = "DIR",
      description = "Output directory of the JSON-lines files. Default: ${DEFAULT-VALUE}.")
  Path outDir;

  @Option(
      names = "--group-id",
      defaultValue = SinkConfig.DEFAULT_GROUP_ID,
      description = "Default: ${DEFAULT-VALUE}.")
  String groupId;

  @Option(
      names = "--max-file-bytes",
      defaultValue = "" + SinkConfig.DEFAULT_MAX_FILE_BYTES,
      description = "Start a new output file past this size. Default: ${DEFAULT-VALUE}.")
  long maxFileBytes;

  @Option(
      names = "--max-file-age",
      defaultValue = SinkConfig.DEFAULT_MAX_FILE_AGE_TEXT,
      description = "Start a new output file after this long. Default: ${DEFAULT-VALUE}.")
  Duration maxFileAge;

  @Option(
      names = "--skip-duplicates",
      description =
          "Write originals only: an article enrich marked as a copy (duplicate_of set) is not"
              + " written. Default: off, copies are written, marked.")
  boolean skipDuplicates;

  public SinkConfig config() {
    return new SinkConfig(outDir, groupId, maxFileBytes, maxFileAge, skipDuplicates);
  }
}
