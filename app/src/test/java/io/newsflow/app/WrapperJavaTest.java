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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which java the wrapper runs and with which options: the wrapper script of this repository in a
 * copy with a packaged jar (an empty file: nothing here starts a JVM), run with fake java
 * executables that answer {@code -version} as a JDK 17 or 25 does and write down every other call.
 */
class WrapperJavaTest {
  static final Path ROOT = RunOutput.repoRoot();

  @TempDir Path dir;

  private static final String JDK17 =
      """
      openjdk version "17.0.15" 2025-04-15
      OpenJDK Runtime Environment (build 17.0.15+6-Debian-1deb12u1)
      OpenJDK 64-Bit Server VM (build 17.0.15+6-Debian-1deb12u1, mixed mode, sharing)
      """;
  private static final String JDK25 =
      """
      openjdk version "25.0.3" 2026-04-21 LTS
      OpenJDK Runtime Environment Temurin-25.0.3+9 (build 25.0.3+9-LTS)
      OpenJDK 64-Bit Server VM Temurin-25.0.3+9 (build 25.0.3+9-LTS, mixed mode, sharing)
      """;

  @Test
  void onJdk17TheClassDataArchiveIsRecordedOnceAndUsed() throws Exception {
    Path clone = cloneWithJar();
    Path java = fakeJava("jdk17", JDK17, true);

    Result first = wrapper(clone, Map.of("NEWSFLOW_JAVA", java.toString()), "--help");
    Result second = wrapper(clone, Map.of("NEWSFLOW_JAVA", java.toString()), "--help");

    assertEquals(0, first.exitCode, first.stderr);
    assertEquals("fake java ran\n", first.stdout, "the wrapper adds nothing to stdout");
    assertTrue(first.stderr.contains("recording the classes a run loads"), first.stderr);
    assertFalse(second.stderr.contains("recording"), "the archive is recorded once per jar");
    List<String> calls = calls(java);
    assertEquals(3, calls.size(), String.join("\n", calls)); // two commands and a recording
    List<String> records = recordings(calls);
    assertEquals(1, records.size(), String.join("\n", calls));
    assertTrue(records.get(0).contains("-XX:ArchiveClassesAtExit="), records.get(0));
    assertTrue(records.get(0).contains(" run --work-dir "), "recorded by a run on the samples");
    List<String> commands = commands(calls);
    // The first command does not wait for the recording, in the background: it goes without.
    assertFalse(commands.get(0).contains("SharedArchiveFile"), commands.get(0));
    for (String command : commands.subList(1, 2)) {
      String archive = optionValue(command, "-XX:SharedArchiveFile=");
      assertTrue(archive.matches(".*/app/target/newsflow-jdk17-[^ /]+\\.jsa"), command);
      assertTrue(Files.exists(Path.of(archive)), archive);
      assertTrue(command.contains("-XX:Tier4InvocationThreshold=15000"), command);
      assertTrue(command.contains("-XX:ArchiveRelocationMode=0"), "mapped at its base on 17");
      assertFalse(command.contains("--enable-native-access"), "JDK 17 has no such option");
      assertFalse(command.contains("UseCompactObjectHeaders"), command);
      assertFalse(command.contains("AOTCache"), command);
      assertTrue(command.endsWith("-jar " + clone.resolve("app/target/newsflow.jar") + " --help"));
    }
  }

  @Test
  void onJdk25AnAotCacheWithCompactHeadersAndNoWarnings() throws Exception {
    Path clone = cloneWithJar();
    Path java = fakeJava("jdk25", JDK25, true);

    Result result = wrapper(clone, Map.of("NEWSFLOW_JAVA", java.toString()), "--help");
    wrapper(clone, Map.of("NEWSFLOW_JAVA", java.toString()), "--help");

    assertEquals(0, result.exitCode, result.stderr);
    List<String> calls = calls(java);
    assertEquals(3, calls.size(), String.join("\n", calls));
    String record = recordings(calls).get(0);
    String command = commands(calls).get(1);
    String cache = optionValue(command, "-XX:AOTCache=");
    assertTrue(cache.matches(".*/app/target/newsflow-jdk25-[^ /]+\\.aot"), command);
    assertTrue(record.contains("-XX:AOTCacheOutput="), record);
    // The options an AOT cache is checked against are the same when recording and when used.
    for (String call : List.of(record, command)) {
      assertTrue(call.contains("--enable-native-access=ALL-UNNAMED"), call);
      assertTrue(call.contains("--sun-misc-unsafe-memory-access=allow"), call);
      assertTrue(call.contains("-XX:+UseCompactObjectHeaders"), call);
    }
    assertFalse(command.contains("SharedArchiveFile"), command);
    assertFalse(command.contains("ArchiveRelocationMode"), "25 keeps address randomisation");
  }

  @Test
  void anotherJdksArchiveIsNeverUsed() throws Exception {
    Path clone = cloneWithJar();
    Path jdk17 = fakeJava("jdk17", JDK17, true);
    // The same major version, another build: its archive would not match either.
    Path update = fakeJava("jdk17u", JDK17.replace("17.0.15", "17.0.16"), true);
    Path jdk25 = fakeJava("jdk25", JDK25, true);

    wrapper(clone, Map.of("NEWSFLOW_JAVA", jdk17.toString()), "--help");
    wrapper(clone, Map.of("NEWSFLOW_JAVA", update.toString()), "--help");
    wrapper(clone, Map.of("NEWSFLOW_JAVA", jdk25.toString()), "--help");
    wrapper(clone, Map.of("NEWSFLOW_JAVA", jdk17.toString()), "--help");

    String first = optionValue(recordings(calls(jdk17)).get(0), "-XX:ArchiveClassesAtExit=");
    String again = optionValue(commands(calls(jdk17)).get(1), "-XX:SharedArchiveFile=");
    String other = optionValue(recordings(calls(update)).get(0), "-XX:ArchiveClassesAtExit=");
    assertEquals(first, again + ".tmp", "each JDK keeps its own archive");
    assertFalse(first.equals(other), "a JDK update records an archive of its own");
    assertEquals(1, recordings(calls(jdk25)).size(), "recorded anew");
    assertTrue(recordings(calls(jdk25)).get(0).contains("-XX:AOTCacheOutput="), "recorded anew");
    assertEquals(1, recordings(calls(jdk17)).size(), "the first JDK's archive was kept");
  }

  @Test
  void anArchiveThatCannotBeRecordedIsNotTriedAgainForThisJar() throws Exception {
    Path clone = cloneWithJar();
    Path java = fakeJava("jdk25", JDK25, false);

    Result first = wrapper(clone, Map.of("NEWSFLOW_JAVA", java.toString()), "--help");
    Result second = wrapper(clone, Map.of("NEWSFLOW_JAVA", java.toString()), "--help");

    assertEquals(0, first.exitCode, first.stderr);
    assertEquals(0, second.exitCode, second.stderr);
    List<String> calls = calls(java);
    assertEquals(3, calls.size(), String.join("\n", calls));
    assertEquals(1, recordings(calls).size(), "not recorded again: " + calls);
    for (String command : commands(calls)) {
      assertFalse(command.contains("AOTCache"), "no archive to use: " + command);
    }
  }

  @Test
  void oneRecordingAtATimeAndTheCommandsDoNotWaitForIt() throws Exception {
    Path clone = cloneWithJar();
    Path java = fakeJava("jdk25", JDK25, true, 3);
    Map<String, String> env = Map.of("NEWSFLOW_JAVA", java.toString());

    long start = System.nanoTime();
    Result first = wrapper(clone, env, false, "--help");
    Result second = wrapper(clone, env, false, "--help");
    double seconds = (System.nanoTime() - start) / 1e9;
    awaitRecording(clone);

    assertTrue(seconds < 3, "the commands waited for the 3 s recording: " + seconds + " s");
    assertTrue(first.stderr.contains("recording the classes"), first.stderr);
    assertFalse(second.stderr.contains("recording"), "one recording runs: " + second.stderr);
    assertEquals(1, recordings(calls(java)).size(), String.join("\n", calls(java)));
    assertEquals(2, commands(calls(java)).size(), String.join("\n", calls(java)));
  }

  @Test
  void newsflowJavaComesBeforeJavaHomeAndJavaHomeBeforePath() throws Exception {
    Path clone = cloneWithJar();
    Path onPath = fakeJava("path/bin", JDK17.replace("17.0.15", "99.0.1"), true);
    Path home = fakeJava("home/bin", JDK17, true);
    Path chosen = fakeJava("chosen", JDK25, true);
    Map<String, String> env = new HashMap<>();
    env.put("PATH", onPath.getParent() + ":" + System.getenv("PATH"));
    env.put("JAVA_HOME", home.getParent().getParent().toString());
    env.put("NEWSFLOW_CDS", "off");

    env.put("NEWSFLOW_JAVA", chosen.toString());
    assertEquals(0, wrapper(clone, env, "--help").exitCode);
    env.remove("NEWSFLOW_JAVA");
    assertEquals(0, wrapper(clone, env, "--help").exitCode);
    env.remove("JAVA_HOME");
    Result newest = wrapper(clone, env, "--help");

    assertEquals(1, calls(chosen).size(), "NEWSFLOW_JAVA first");
    assertEquals(1, calls(home).size(), "then JAVA_HOME");
    // Without either, the newest JDK on PATH or in /usr/lib/jvm: none there is a 99.
    assertEquals(1, calls(onPath).size(), newest.stderr);
    assertTrue(calls(onPath).get(0).contains("-XX:+UseCompactObjectHeaders"), "a 99 is >= 25");
  }

  @Test
  void newsflowJavaMayNameACommandOnPath() throws Exception {
    Path clone = cloneWithJar();
    Path onPath = fakeJava("named/bin", JDK25, true);
    Map<String, String> env = new HashMap<>();
    env.put("PATH", onPath.getParent() + ":" + System.getenv("PATH"));
    env.put("NEWSFLOW_JAVA", "java");
    env.put("NEWSFLOW_CDS", "off");

    Result result = wrapper(clone, env, "--help");

    assertEquals(0, result.exitCode, result.stderr);
    assertEquals(1, calls(onPath).size(), "the java found on PATH ran");
  }

  @Test
  void anOlderJavaOnPathIsPassedOverForTheNewestJdk() throws Exception {
    Path clone = cloneWithJar();
    Path old = fakeJava("old/bin", "java version \"1.8.0_392\"\n", true);
    Map<String, String> env = new HashMap<>();
    env.put("PATH", old.getParent() + ":" + System.getenv("PATH"));
    env.put("NEWSFLOW_JAVA_OPTS", "-version"); // the real JDK chosen prints its version and ends
    env.put("NEWSFLOW_CDS", "off");

    Result result = wrapper(clone, env, "--help");

    assertTrue(calls(old).isEmpty(), "Java 8 never runs the jar");
    assertEquals(0, result.exitCode, result.stderr);
    assertTrue(
        result.stderr.matches("(?s).*version \"(1[7-9]|[2-9][0-9])[^\"]*\".*"), result.stderr);
  }

  @Test
  void aJavaOlderThan17IsRefusedWithAClearError() throws Exception {
    Path clone = cloneWithJar();
    Path old = fakeJava("jdk11", "openjdk version \"11.0.22\" 2024-01-16\n", true);

    Result result = wrapper(clone, Map.of("NEWSFLOW_JAVA", old.toString()), "--help");
    Result missing = wrapper(clone, Map.of("JAVA_HOME", dir.resolve("none").toString()), "--help");

    assertEquals(2, result.exitCode);
    assertTrue(
        result.stderr.contains("is Java 11.0.22; newsflow needs Java 17 or newer"), result.stderr);
    assertTrue(calls(old).isEmpty(), "never ran the jar");
    assertEquals(2, missing.exitCode);
    assertTrue(missing.stderr.contains("JAVA_HOME=" + dir.resolve("none")), missing.stderr);
    assertTrue(missing.stderr.contains("no java executable there"), missing.stderr);
  }

  /**
   * A java executable that prints {@code version} for -version and otherwise writes its arguments
   * down, one call a line; asked to record an archive, it writes one unless told to fail.
   */
  private Path fakeJava(String where, String version, boolean recordingWorks) throws IOException {
    return fakeJava(where, version, recordingWorks, 0);
  }

  /** As above; a recording takes {@code recordSeconds}. */
  private Path fakeJava(String where, String version, boolean recordingWorks, int recordSeconds)
      throws IOException {
    Path java = dir.resolve(where).resolve("java");
    Files.createDirectories(java.getParent());
    String script =
        """
        #!/usr/bin/env bash
        for a in "$@"; do
          if [ "$a" = -version ]; then printf '%s' "$VERSION" >&2; exit 0; fi
        done
        printf '%s\\n' "$*" >> "$(dirname "$0")/calls.log"
        for a in "$@"; do
          case "$a" in
            -XX:AOTCacheOutput=*|-XX:ArchiveClassesAtExit=*)
              RECORD || exit 1
              sleep SECONDS
              echo archive > "${a#*=}" ;;
          esac
        done
        echo "fake java ran"
        """
            .replace("\"$VERSION\"", "'" + version + "'")
            .replace("RECORD", recordingWorks ? "true" : "false")
            .replace("SECONDS", Integer.toString(recordSeconds));
    Files.writeString(java, script, StandardCharsets.UTF_8);
    assertTrue(java.toFile().setExecutable(true));
    return java;
  }

  private static List<String> calls(Path fakeJava) throws IOException {
    Path log = fakeJava.resolveSibling("calls.log");
    return Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8) : List.of();
  }

  /** The archive recordings among a fake java's calls. */
  private static List<String> recordings(List<String> calls) {
    return calls.stream()
        .filter(c -> c.contains("-XX:AOTCacheOutput=") || c.contains("-XX:ArchiveClassesAtExit="))
        .toList();
  }

  /** The commands asked for (the recordings left out), in the order they ran. */
  private static List<String> commands(List<String> calls) {
    return calls.stream().filter(c -> !recordings(List.of(c)).contains(c)).toList();
  }

  private static String optionValue(String command, String option) {
    for (String arg : command.split(" ")) {
      if (arg.startsWith(option)) {
        return arg.substring(option.length());
      }
    }
    throw new AssertionError("no " + option + " in " + command);
  }

  /** The wrapper and a packaged jar newer than any build source: no build, no JVM. */
  private Path cloneWithJar() throws IOException {
    Path clone = dir.resolve("repo");
    Path wrapper = clone.resolve("newsflow");
    Files.createDirectories(clone.resolve("app/target"));
    Files.copy(ROOT.resolve("newsflow"), wrapper, StandardCopyOption.REPLACE_EXISTING);
    assertTrue(wrapper.toFile().setExecutable(true));
    Path jar = Files.createFile(clone.resolve("app/target/newsflow.jar"));
    Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));
    return clone;
  }

  record Result(int exitCode, String stdout, String stderr) {}

  /** Waits for a recording the wrapper started in the background: its lock goes when it ends. */
  private static void awaitRecording(Path clone) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (true) {
      try (Stream<Path> files = Files.list(clone.resolve("app/target"))) {
        if (files.noneMatch(f -> f.getFileName().toString().endsWith(".lock"))) {
          return;
        }
      }
      assertTrue(System.nanoTime() < deadline, "the background recording did not end");
      Thread.sleep(50);
    }
  }

  private Result wrapper(Path clone, Map<String, String> env, String... args) throws Exception {
    return wrapper(clone, env, true, args);
  }

  /**
   * Runs the wrapper to its end; with {@code awaitRecording}, also waits for a recording it started
   * in the background.
   */
  private Result wrapper(
      Path clone, Map<String, String> env, boolean awaitRecording, String... args)
      throws Exception {
    Path out = Files.createTempFile(dir, "stdout", ".log");
    Path err = Files.createTempFile(dir, "stderr", ".log");
    List<String> command = new ArrayList<>(List.of(clone.resolve("newsflow").toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(clone.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    builder.environment().remove("JAVA_HOME");
    builder.environment().remove("NEWSFLOW_JAVA");
    builder.environment().remove("NEWSFLOW_JAVA_OPTS");
    builder.environment().putAll(env);
    Process p = builder.start();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("./newsflow " + String.join(" ", args) + " did not end");
    }
    if (awaitRecording) {
      awaitRecording(clone);
    }
    return new Result(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
