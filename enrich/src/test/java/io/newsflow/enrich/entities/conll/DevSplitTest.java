package io.newsflow.enrich.entities.conll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.enrich.entities.ModelCard;
import io.newsflow.enrich.entities.TokenScheme;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevSplitTest {
  @TempDir Path dir;

  /** Sentences "s0 O", "s1 O", ...: 45 sentences make documents of 20, 20 and 5. */
  private Path file(int sentences) throws IOException {
    List<String> lines = new ArrayList<>();
    for (int s = 0; s < sentences; s++) {
      lines.add("s" + s + " O");
      lines.add("");
    }
    Path file = dir.resolve("dev-" + sentences + ".conll");
    Files.write(file, lines, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void halvesAlternateByDocumentAndTogetherHoldEveryDocumentOnce() throws IOException {
    List<ConllDocument> docs = ConllReader.read(file(45));
    List<ConllDocument> trained = DevSplit.trainingHalf(docs);
    List<ConllDocument> heldOut = DevSplit.heldOutHalf(docs);
    assertEquals(List.of(docs.get(0), docs.get(2)), trained);
    assertEquals(List.of(docs.get(1)), heldOut);
    assertEquals("s20", heldOut.get(0).sentences().get(0).tokens().get(0));
    assertTrue(DevSplit.isHeldOut(1));
    assertFalse(DevSplit.isHeldOut(2));
  }

  @Test
  void onlyTheFileTheCardNamesIsScoredOnItsHeldOutHalf() throws IOException {
    Path dev = file(45);
    Path other = file(44);
    ModelCard card =
        new ModelCard("de", "de-test", "none.bin", TokenScheme.WORDS, DevSplit.sha256(dev));
    assertTrue(ConllEvaluation.scoresHeldOutHalfOnly(card, dev));
    assertFalse(ConllEvaluation.scoresHeldOutHalfOnly(card, other));
    ModelCard plain = new ModelCard("de", "de-test", "none.bin", TokenScheme.WORDS);
    assertFalse(ConllEvaluation.scoresHeldOutHalfOnly(plain, dev));
  }
}
