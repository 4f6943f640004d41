package io.newsflow.tools.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newsflow.enrich.entities.WordClusters;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordClusteringTest {
  @Test
  void wordsInTheSameContextsShareAClassAndOthersDoNot() {
    List<List<String>> text = new ArrayList<>();
    for (int copy = 0; copy < 5; copy++) {
      for (String person : List.of("Juan", "Pedro", "Luis")) {
        text.add(List.of("el", "señor", person, "llegó", "ayer"));
      }
      for (String place : List.of("Madrid", "Lima", "Quito")) {
        text.add(List.of("vive", "en", place, "desde", "enero"));
      }
    }
    text.add(List.of("Once"));
    WordClusters clusters = WordClustering.cluster(text, 2, new int[] {4, 6}, 20);
    int juan = clusters.classes().get("juan");
    assertEquals(juan, (int) clusters.classes().get("pedro"));
    assertEquals(juan, (int) clusters.classes().get("luis"));
    int madrid = clusters.classes().get("madrid");
    assertEquals(madrid, (int) clusters.classes().get("lima"));
    assertEquals(madrid, (int) clusters.classes().get("quito"));
    assertNotEquals(juan, madrid);
    assertNull(clusters.classes().get("once"), "seen once: no class");
  }
}
