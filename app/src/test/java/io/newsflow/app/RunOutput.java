package io.newsflow.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import picocli.CommandLine;

/** Runs the newsflow command in this JVM and reads what it wrote, for the integration tests. */
final class RunOutput {
  static final ObjectMapper JSON = new ObjectMapper();

  final int exitCode;
  final String stdout;

  private RunOutput(int exitCode, String stdout) {
    this.exitCode = exitCode;
    this.stdout = stdout;
  }

  static RunOutput newsflow(String... args) {
    StringWriter out = new StringWriter();
    CommandLine cli = NewsflowCommand.commandLine(args, Map.of());
    cli.setOut(new PrintWriter(out, true));
    int code = cli.execute(args);
    System.out.println(out);
    return new RunOutput(code, out.toString());
  }

  /** Every JSON line of every output file. */
  static List<JsonNode> articles(Path outDir) {
    List<JsonNode> all = new ArrayList<>();
    try (Stream<Path> files = Files.list(outDir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
          all.add(JSON.readTree(line));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return all;
  }

  /** samples/expected.json of the repository. */
  static JsonNode expectedSamples() throws IOException {
    return JSON.readTree(repoRoot().resolve("samples/expected.json").toFile());
  }

  static Path repoRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve("samples/expected.json"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("not inside the newsflow repository");
    }
    return dir;
  }
}
