package io.newsflow.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The sink's output directory must be one this user can write: checked at start, so a container
 * running as the wrong user stops with one line instead of a stack trace about a lock file.
 */
public final class OutputDirCheck {
  private static final String ACCEPTED =
      "give a directory this user can write, or run as its owner (Docker Compose: set NEWSFLOW_UID"
          + " and NEWSFLOW_GID to the owner of ./out)";

  private OutputDirCheck() {}

  public static void requireWritable(Path outDir) {
    try {
      Files.createDirectories(outDir);
    } catch (IOException e) {
      throw UserError.badValue(
          "--out",
          outDir,
          "cannot create the directory (" + e.getClass().getSimpleName() + ")",
          ACCEPTED);
    }
    if (!Files.isWritable(outDir)) {
      throw UserError.badValue(
          "--out", outDir, "not writable by user " + System.getProperty("user.name"), ACCEPTED);
    }
  }
}
