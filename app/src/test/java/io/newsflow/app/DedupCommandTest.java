package io.newsflow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code newsflow dedup} on the bundled samples: three copies of one story and two others. */
class DedupCommandTest {
  static final Path SAMPLES = Path.of("..", "samples");
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  record Dedup(int exitCode, String stderr, List<JsonNode> lines) {}

  Dedup dedup(String... paths) throws IOException {
    Path out = dir.resolve("out.jsonl");
    List<String> args = new ArrayList<>(List.of("dedup"));
    args.addAll(List.of(paths));
    args.addAll(List.of("--out", out.toString()));
    CommandLine cli = NewsflowCommand.commandLine(args.toArray(String[]::new), Map.of());
    StringWriter err = new StringWriter();
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args.toArray(String[]::new));
    List<JsonNode> lines = new ArrayList<>();
    if (Files.exists(out)) {
      for (String line : Files.readAllLines(out)) {
        lines.add(JSON.readTree(line));
      }
    }
    return new Dedup(code, err.toString(), lines);
  }

  @Test
  void theFirstSeenCopyIsTheOriginalAndTheOthersPointAtIt() throws IOException {
    Dedup d = dedup(SAMPLES.toString());

    assertEquals(0, d.exitCode(), d.stderr());
    assertTrue(
        d.stderr().contains("dedup: 5 files, 5 articles, 2 copies of 1 originals, 1 stories"),
        d.stderr());
    List<JsonNode> copies =
        d.lines().stream().filter(l -> !l.get("duplicate_of").isNull()).toList();
    assertEquals(2, copies.size(), d.lines().toString());
    Set<String> originals =
        copies.stream().map(l -> l.get("duplicate_of").asText()).collect(Collectors.toSet());
    assertEquals(1, originals.size());
    JsonNode original =
        d.lines().stream()
            .filter(l -> l.get("id").asText().equals(originals.iterator().next()))
            .findFirst()
            .orElseThrow();
    assertTrue(original.get("name").asText().startsWith("001-"), original.toString());
    assertNull(original.get("similarity").numberValue());
    for (JsonNode copy : copies) {
      assertEquals(original.get("file").asText(), copy.get("duplicate_of_file").asText());
      assertTrue(copy.get("similarity").asDouble() >= 0.6, copy.toString());
      assertEquals(original.get("story_id").asText(), copy.get("story_id").asText());
    }
  }

  @Test
  void aPathThatDoesNotExistIsAUsageError() throws IOException {
    Dedup d = dedup(dir.resolve("nowhere").toString());

    assertEquals(2, d.exitCode(), d.stderr());
    assertTrue(d.stderr().contains("no such file or directory"), d.stderr());
  }
}
