package io.newsflow.app.cli;

import java.time.Duration;
import picocli.CommandLine.Option;

/** How often a long-running stage prints its progress line, one option for every stage command. */
public final class ProgressOption {
  /** Every ten seconds: often enough to see a stage move, rare enough for a log. */
  public static final String DEFAULT_INTERVAL_TEXT = "PT10S";

  @Option(
      names = "--progress-interval",
      defaultValue = DEFAULT_INTERVAL_TEXT,
      description = "How often a progress line is printed (to stderr). Default: ${DEFAULT-VALUE}.")
  Duration interval;

  public Duration interval() {
    return interval;
  }
}
