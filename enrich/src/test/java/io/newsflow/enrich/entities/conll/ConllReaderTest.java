package io.newsflow.enrich.entities.conll;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConllReaderTest {
  @TempDir Path dir;

  private List<ConllDocument> read(String content) throws IOException {
    Path file = dir.resolve("sample.conll");
    Files.writeString(file, content);
    return ConllReader.read(file);
  }

  @Test
  void readsIob1AsIob2AndKeepsDocumentHeaders() throws IOException {
    List<ConllDocument> docs =
        read(
            "-DOCSTART- -X- O O\n\n"
                + "EU NNP I-NP I-ORG\nrejects VBZ I-VP O\nGerman JJ I-NP I-MISC\n\n"
                + "-DOCSTART- -X- O O\n\n"
                + "Peter NNP I-NP I-PER\nBlackburn NNP I-NP I-PER\nJohn NNP I-NP B-PER\n");
    assertEquals(2, docs.size());
    assertEquals(List.of("-DOCSTART- -X- O O", ""), docs.get(0).header());
    assertEquals(List.of("B-ORG", "O", "B-MISC"), docs.get(0).sentences().get(0).gold());
    assertEquals(List.of("B-PER", "I-PER", "B-PER"), docs.get(1).sentences().get(0).gold());
    assertEquals("Blackburn NNP I-NP I-PER", docs.get(1).sentences().get(0).lines().get(1));
  }

  @Test
  void cutsFilesWithoutDocstartAtDatelines() throws IOException {
    List<ConllDocument> docs =
        read(
            String.join(
                "\n",
                "Rain O",
                "falls O",
                "",
                "BRUSSELS B-LOC",
                "1996-08-22 O",
                "",
                "It O",
                "rained O",
                "",
                "Sun O",
                "shines O",
                "",
                "Peter B-PER",
                "Blackburn I-PER",
                "",
                "LONDON B-LOC",
                "1996-08-23 O",
                "",
                "Hot O",
                ""));
    assertEquals(2, docs.size());
    assertEquals(3, docs.get(0).sentences().size());
    assertEquals(List.of("Sun", "shines"), docs.get(1).sentences().get(0).tokens());
  }

  @Test
  void cutsAgencyCopyAtItsDatelines() throws IOException {
    List<ConllDocument> docs =
        read(
            String.join(
                "\n",
                "Santander B-LOC",
                ", O",
                "25 O",
                "may O",
                "( O",
                "EFE B-ORG",
                ") O",
                ". O",
                "",
                "Llueve O",
                ". O",
                "",
                "La O",
                "OTAN B-ORG",
                "( O",
                "Bruselas B-LOC",
                ") O",
                "habla O",
                "",
                "Por O",
                "Ana B-PER",
                "Madrid B-LOC",
                ", O",
                "26 O",
                "may O",
                "( O",
                "EFE B-ORG",
                ") O",
                ". O",
                "",
                "Sol O",
                ""));
    assertEquals(2, docs.size());
    assertEquals(3, docs.get(0).sentences().size(), "a parenthesised name is no dateline");
    assertEquals("Por", docs.get(1).sentences().get(0).tokens().get(0));
  }

  @Test
  void scoresSpansExactly() {
    SpanScorer scorer = new SpanScorer();
    scorer.add(List.of("B-PER", "I-PER", "O", "B-LOC"), List.of("B-PER", "I-PER", "O", "B-ORG"));
    scorer.add(List.of("B-ORG", "I-ORG"), List.of("B-ORG", "O"));
    assertEquals(1.0 / 3, scorer.f1(), 1e-9);
  }
}
