package io.newsflow.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WordClustersTest {
  @Test
  void packsEachGranularityApart() {
    int packed = WordClusters.pack(3, 0, 1000);
    assertEquals(4, WordClusters.at(packed, 0));
    assertEquals(1, WordClusters.at(packed, 1));
    assertEquals(1001, WordClusters.at(packed, 2));
    assertThrows(IllegalArgumentException.class, () -> WordClusters.pack(1023));
    assertThrows(IllegalArgumentException.class, () -> WordClusters.pack(1, 2, 3, 4));
  }

  @Test
  void theFingerprintTableAnswersAsTheMapOfWordsDoes() {
    Map<String, Integer> words = new java.util.HashMap<>();
    java.util.Random random = new java.util.Random(7);
    for (int i = 0; i < 20_000; i++) {
      words.put("w" + Integer.toString(random.nextInt(1 << 30), 36), WordClusters.pack(i % 600));
    }
    WordClusters read = WordClusters.forTagging(words);
    assertEquals(words.size(), read.size());
    words.forEach((word, packed) -> assertEquals((int) packed, read.packed(word), word));
    assertEquals(0, read.packed("zzz-not-a-word"));
    assertEquals(0, read.packed(""));
    assertEquals(new WordClusters(words), read);
    assertThrows(IllegalStateException.class, read::classes);
  }

  @Test
  void aWordWithAClassHasItsClassFeaturesAndAWordWithoutHasNone() {
    WordClusters clusters = new WordClusters(Map.of("madrid", WordClusters.pack(1, 7, 30)));
    Gazetteer gazetteer = new Gazetteer(Map.of());
    Lexicon lexicon = new Lexicon(Map.of());
    WordFeatures plain = WordFeatures.of("Madrid", gazetteer, lexicon);
    WordFeatures classed = WordFeatures.of("Madrid", gazetteer, lexicon, clusters);
    assertEquals(plain.own.length + 3, classed.own.length);
    assertArrayEquals(plain.own, Arrays.copyOf(classed.own, plain.own.length));
    assertEquals(0, plain.clusterM1);
    assertEquals(FeatureHash.of(Template.CLUSTER_M1, "7"), classed.clusterM1);
    WordFeatures unclassed = WordFeatures.of("Madrid", gazetteer, lexicon, WordClusters.NONE);
    assertArrayEquals(plain.own, unclassed.own);
  }

  @Test
  void theModelFileKeepsTheClasses() throws IOException {
    WordClusters clusters = new WordClusters(Map.of("madrid", WordClusters.pack(1, 7, 30)));
    PerceptronModel model = new PerceptronModel(8, new float[256 * TagSet.SIZE]);
    NerTagger tagger =
        new NerTagger(
            new Gazetteer(Map.of()),
            new Lexicon(Map.of()),
            model,
            model,
            FeatureOptions.DEFAULT.withClusters(clusters),
            2);
    NerTagger read = ModelFileRoundTrip.of(tagger);
    assertEquals(clusters, read.options().clusters());
    assertEquals(2, read.beamWidth());
    // The card's token scheme sets the other options; the classes stay those of the file.
    assertEquals(clusters, read.withOptions(FeatureOptions.DEFAULT).options().clusters());
  }
}
