package io.newsflow.app.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where local state lives: the embedded broker's data, Kafka Streams state, extracted samples. */
public final class WorkDirOption {
  @Option(
      names = "--work-dir",
      defaultValue = "work",
      paramLabel = "DIR",
      description = "Default: ${DEFAULT-VALUE}.")
  Path workDir;

  public Path workDir() {
    return workDir;
  }
}
