package io.newsflow.app.crash;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** One stage of the pipeline as a JVM of its own, killed with -9 and started again. */
final class StageProcess {
  final String name;
  private final List<String> command;
  private final Path log;
  private Process process;
  private int starts;

  StageProcess(String name, List<String> command, Path logDir) {
    this.name = name;
    this.command = List.copyOf(command);
    this.log = logDir.resolve(name + ".log");
  }

  void start() {
    try {
      process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
              .start();
      starts++;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + name, e);
    }
  }

  /** kill -9: no shutdown hook runs, nothing is flushed or committed. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  /** SIGTERM, as a container runtime stops a service. */
  boolean stop() throws InterruptedException {
    if (process == null || !process.isAlive()) {
      return true;
    }
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
      return false;
    }
    return true;
  }

  boolean alive() {
    return process != null && process.isAlive();
  }

  /** The exit code once ended, else null. */
  Integer exitCode() {
    return process == null || process.isAlive() ? null : process.exitValue();
  }

  int starts() {
    return starts;
  }

  Path log() {
    return log;
  }
}
