package io.newsflow.tools.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.newsflow.enrich.entities.WordClusters;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WordClusterFileTest {
  @TempDir Path dir;

  @Test
  void theCapitalisedFormsClassWinsAndTheClassSitsAtTheNeighboursGranularity() throws IOException {
    Path file = dir.resolve("classes.tsv");
    Files.writeString(
        file,
        "bush\t12\nBush\t480\nBUSH\t3\nMüller\t481\nmüller\t7\nsaid\t20\nbroken line\n",
        StandardCharsets.UTF_8);
    WordClusters clusters = WordClusterFile.read(file);
    assertEquals(3, clusters.size());
    assertEquals(WordClusters.pack(480, 480), (int) clusters.classes().get("bush"));
    assertEquals(WordClusters.pack(481, 481), (int) clusters.classes().get("müller"));
    assertEquals(WordClusters.pack(20, 20), (int) clusters.classes().get("said"));
    assertFalse(clusters.classes().containsKey("broken line"));
  }
}
