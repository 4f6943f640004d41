package io.newsflow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class NerCommandTest {
  @TempDir Path dir;

  String[] run(Path conll, Path out, String... more) {
    List<String> list =
        new java.util.ArrayList<>(
            List.of("ner", "--conll", conll.toString(), "--out", out.toString()));
    list.addAll(List.of(more));
    String[] args = list.toArray(String[]::new);
    StringWriter err = new StringWriter();
    CommandLine cli = NewsflowCommand.commandLine(args, Map.of());
    cli.setErr(new PrintWriter(err, true));
    assertEquals(0, cli.execute(args));
    return err.toString().split("\n");
  }

  @Test
  void addsAPredictedIob2ColumnAndScoresAgainstIob1GoldTags() throws IOException {
    Path conll = dir.resolve("in.conll");
    Files.writeString(
        conll,
        String.join(
                "\n",
                "-DOCSTART- -X- O O",
                "",
                "Russian JJ I-NP I-MISC",
                "President NNP I-NP O",
                "Vladimir NNP I-NP I-PER",
                "Putin NNP I-NP I-PER",
                "met VBD I-VP O",
                "Chinese JJ I-NP I-MISC",
                "President NNP I-NP O",
                "Xi NNP I-NP I-PER",
                "Jinping NNP I-NP I-PER",
                "in IN I-PP O",
                "Moscow NNP I-NP I-LOC",
                ". . O O",
                "")
            + "\n");
    Path out = dir.resolve("out.conll");
    String[] err = run(conll, out);

    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertEquals("-DOCSTART- -X- O O", lines.get(0));
    assertEquals("", lines.get(1));
    List<String> tagged = lines.subList(2, 14);
    for (String line : tagged) {
      String[] cols = line.split(" ");
      assertEquals(5, cols.length, line);
      assertTrue(cols[4].matches("O|[BI]-(PER|ORG|LOC|MISC)"), line);
    }
    assertEquals("B-PER", tagged.get(2).split(" ")[4], "Vladimir starts a person (IOB2)");
    assertEquals("I-PER", tagged.get(3).split(" ")[4]);
    assertEquals("B-LOC", tagged.get(10).split(" ")[4]);
    assertTrue(String.join("\n", err).contains("overall"), String.join("\n", err));
  }

  @Test
  void tagsPlainTokensWithoutGoldTags() throws IOException {
    Path conll = dir.resolve("plain.conll");
    Files.writeString(conll, "Angela\nMerkel\nvisited\nParis\n.\n");
    Path out = dir.resolve("out.conll");
    String[] err = run(conll, out);
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertEquals(2, lines.get(3).split(" ").length, lines.get(3));
    assertEquals("Paris B-LOC", lines.get(3));
    assertTrue(!String.join("\n", err).contains("overall"), "no scores without gold tags");
  }

  @Test
  void tagsAPortugueseFileWithThePortugueseModelOnTheFilesOwnSplitContractions()
      throws IOException {
    Path conll = dir.resolve("pt.conll");
    Files.writeString(
        conll,
        String.join(
                "\n",
                "O O",
                "presidente O",
                "Luiz B-PER",
                "Inácio I-PER",
                "Lula I-PER",
                "falou O",
                "em O",
                "o O",
                "Rio B-LOC",
                "de I-LOC",
                "Janeiro I-LOC",
                ". O",
                "")
            + "\n");
    Path out = dir.resolve("out.conll");
    String[] err = run(conll, out, "--language", "pt");
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertEquals(12, lines.stream().filter(l -> !l.isBlank()).count(), "every input line echoed");
    assertEquals("Luiz B-PER B-PER", lines.get(2));
    assertEquals("o O O", lines.get(7), "the article of the joined contraction 'no'");
    String all = String.join("\n", err);
    assertTrue(all.contains("pt-uner-v4") && all.contains("overall"), all);
  }

  @Test
  void germanIsScoredOnTheHeldOutHalfOfGermEvalDevOnlyAndOnAnyOtherFileWhole() throws IOException {
    Path small = dir.resolve("de.conll");
    Files.writeString(small, "Angela B-PER\nMerkel I-PER\nsprach O\nin O\nBerlin B-LOC\n. O\n");
    String other = String.join("\n", run(small, dir.resolve("small.out"), "--language", "de"));
    assertTrue(!other.contains("odd blocks") && other.contains("overall"), other);

    Path dev =
        Path.of("..")
            .toAbsolutePath()
            .normalize()
            .resolveSibling("shared/datasets/ner-multilingual/de/dev.conll");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(dev), dev + " not present");
    Path out = dir.resolve("dev.out");
    String all = String.join("\n", run(dev, out, "--language", "de"));
    assertTrue(all.contains("scoring the odd blocks only"), all);
    // 1,233 of GermEval dev's 2,495 names are in its odd 20-sentence blocks.
    assertTrue(all.lines().anyMatch(l -> l.startsWith("overall") && l.contains(" 1233 ")), all);
    assertEquals(
        Files.readAllLines(dev, StandardCharsets.UTF_8).size(),
        Files.readAllLines(out, StandardCharsets.UTF_8).size(),
        "every line is tagged, the trained half too");
  }

  @Test
  void aLanguageWithoutAModelIsAOneLineError() throws IOException {
    Path conll = dir.resolve("plain.conll");
    Files.writeString(conll, "北京\n");
    String[] args = {"ner", "--conll", conll.toString(), "--language", "zh"};
    StringWriter err = new StringWriter();
    CommandLine cli = NewsflowCommand.commandLine(args, Map.of());
    cli.setErr(new PrintWriter(err, true));
    assertEquals(2, cli.execute(args));
    assertTrue(
        err.toString().contains("--language zh: no model for this language"), err.toString());
  }
}
