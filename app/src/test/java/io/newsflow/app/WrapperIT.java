package io.newsflow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's first commands in a fresh copy of the repository (its build sources and the packaged
 * jar, as after the first build): running the pipeline leaves nothing that makes the wrapper build
 * again.
 */
class WrapperIT {
  static final Path ROOT = RunOutput.repoRoot();

  @TempDir Path clone;

  @Test
  void aRunAndAnExtractDoNotMakeTheNextCallBuild() throws Exception {
    freshCloneWithBuiltJar();

    // The first call also records the class-data archive, with a run of its own on the samples in
    // the background: the command itself does not wait for it. It is called from a directory that
    // is gone before the recording ends (a script's temporary directory).
    Path caller = Files.createTempDirectory("newsflow-caller");
    Result run = wrapper(300, caller, Map.of("NEWSFLOW_LOG_LEVEL", "INFO"), "run");
    deleteTree(caller);
    assertEquals(0, run.exitCode, run.output);
    // The start-up timeline counts from the wrapper's start and ends at the first article.
    assertTrue(run.output.contains("start-up: first article stored"), run.output);
    assertFalse(run.output.contains("building the jar"), run.output);
    assertTrue(
        run.output.contains("recording the classes a run loads in the background"), run.output);
    awaitRecording();
    assertTrue(archiveSize() > 0, "no class-data archive");
    // JDK 24+ warns about RocksDB's native library and Kafka's use of sun.misc.Unsafe unless the
    // wrapper allows them (the wrapper runs the newest JDK it finds).
    assertFalse(run.output.contains("WARNING"), run.output);
    assertFalse(run.output.contains("[warning]"), "no JVM log line: " + run.output);
    Result extract =
        wrapper(60, "extract", clone.resolve("samples").toString(), "--out", "extracted.json");
    assertEquals(0, extract.exitCode, extract.output);

    long start = System.nanoTime();
    Result help = wrapper(30, "--help");
    double seconds = (System.nanoTime() - start) / 1e9;
    assertEquals(0, help.exitCode, help.output);
    assertFalse(help.output.contains("building the jar"), help.output);
    assertFalse(help.output.contains("recording the classes"), "the archive is made once");
    // no build and no recording: a build takes a minute, a JVM start a few seconds even on a
    // loaded machine (3 s was too tight there: 4.8 s at load 13)
    assertTrue(seconds < 20, "--help after a run took " + seconds + " s");
  }

  @Test
  void aChangedPomMakesTheWrapperBuild() throws Exception {
    freshCloneWithBuiltJar();
    Path pom = clone.resolve("pom.xml");
    Files.writeString(pom, "<project/>", StandardCharsets.UTF_8); // the build fails at once
    Files.setLastModifiedTime(pom, FileTime.from(Instant.now().plusSeconds(120)));

    Result help = wrapper(60, "--help");

    assertTrue(help.output.startsWith("newsflow: building the jar (pom.xml changed"), help.output);
    assertTrue(help.exitCode != 0, "the failed build stops the wrapper");
  }

  /** Waits for the background recording: its lock directory is gone once it has ended. */
  private void awaitRecording() throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
    while (recordingLocked()) {
      assertTrue(System.nanoTime() < deadline, "the background recording did not end in 300 s");
      Thread.sleep(500);
    }
  }

  private boolean recordingLocked() throws IOException {
    try (Stream<Path> files = Files.list(clone.resolve("app/target"))) {
      return files.anyMatch(f -> f.getFileName().toString().endsWith(".lock"));
    }
  }

  /** The archive the wrapper recorded for the JDK it chose (AppCDS, or an AOT cache on 25+). */
  private long archiveSize() throws IOException {
    try (Stream<Path> files = Files.list(clone.resolve("app/target"))) {
      return files
          .filter(f -> f.getFileName().toString().matches("newsflow-jdk[0-9]+-.+\\.(jsa|aot)"))
          .mapToLong(f -> f.toFile().length())
          .sum();
    }
  }

  /** The build sources of the repository, then the jar, written last so it is the newest. */
  private void freshCloneWithBuiltJar() throws IOException {
    copy(ROOT.resolve("newsflow"), clone.resolve("newsflow"));
    clone.resolve("newsflow").toFile().setExecutable(true);
    copy(ROOT.resolve("pom.xml"), clone.resolve("pom.xml"));
    copyTree(ROOT.resolve("samples"), clone.resolve("samples"));
    try (Stream<Path> modules = Files.list(ROOT)) {
      for (Path module : modules.filter(m -> Files.exists(m.resolve("pom.xml"))).toList()) {
        Path target = clone.resolve(module.getFileName().toString());
        copy(module.resolve("pom.xml"), target.resolve("pom.xml"));
        copyTree(module.resolve("src"), target.resolve("src"));
      }
    }
    Path jar = clone.resolve("app/target/newsflow.jar");
    copy(ROOT.resolve("app/target/newsflow.jar"), jar);
    Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(f);
      }
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        copy(f, to.resolve(from.relativize(f).toString()));
      }
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    Files.createDirectories(to.getParent());
    Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
  }

  record Result(int exitCode, String output) {}

  private Result wrapper(int timeoutSeconds, String... args) throws Exception {
    return wrapper(timeoutSeconds, Map.of(), args);
  }

  private Result wrapper(int timeoutSeconds, Map<String, String> env, String... args)
      throws Exception {
    return wrapper(timeoutSeconds, clone, env, args);
  }

  /** The wrapper of the clone, called from {@code directory}. */
  private Result wrapper(
      int timeoutSeconds, Path directory, Map<String, String> env, String... args)
      throws Exception {
    Path log = Files.createTempFile(clone, "wrapper", ".log");
    List<String> command = new java.util.ArrayList<>(List.of(clone.resolve("newsflow").toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(directory.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().put("PATH", javaDir() + ":" + System.getenv("PATH"));
    builder.environment().putAll(env);
    Process p = builder.start();
    if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("./newsflow " + String.join(" ", args) + " did not end");
    }
    return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
  }

  private static String javaDir() {
    return Path.of(System.getProperty("java.home"), "bin").toString();
  }
}
