package io.newsflow.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KnownNameTypesTest {
  private static final int LOC = TagSet.TYPES.indexOf("LOC") + 1;
  private static final int ORG = TagSet.TYPES.indexOf("ORG") + 1;

  /** Three towns the gazetteer knows as places; "Real" is no known name. */
  private final Gazetteer gazetteer =
      new Gazetteer(Map.of("alba", 1 << LOC, "bora", 1 << LOC, "cela", 1 << LOC));

  private final Lexicon lexicon = new Lexicon(Map.of());

  private static final List<List<String>> DOCUMENT =
      List.of(
          List.of("el", "Alba", "ganó", "al", "Bora"),
          List.of("Cela", "2", "Real", "1"),
          List.of("Cela", "perdió", "en", "cela"));

  /** The first pass called the first two towns teams and Cela (twice) a place. */
  private static final List<int[]> FIRST_PASS =
      List.of(
          new int[] {TagSet.O, TagSet.begin(ORG), TagSet.O, TagSet.O, TagSet.begin(ORG)},
          new int[] {TagSet.begin(LOC), TagSet.O, TagSet.begin(ORG), TagSet.O},
          new int[] {TagSet.begin(LOC), TagSet.O, TagSet.O, TagSet.O});

  private static final FeatureOptions WITH = FeatureOptions.DEFAULT.withKnownNameTypes(true);

  @Test
  void aKnownNameGetsHowTheFirstPassTypedTheOtherNamesOfItsType() {
    List<Integer> features = secondPassFeatures(WITH, 1, 0); // Cela
    // The other known places, Alba and Bora, were both called ORG.
    assertTrue(features.contains(hash(LOC, "ORG")));
    // Cela's own occurrences, both LOC, are left out: the word's own features carry them.
    assertFalse(features.contains(hash(LOC, "LOC")));
    assertEquals(secondPassFeatures(FeatureOptions.DEFAULT, 1, 0).size() + 1, features.size());
  }

  @Test
  void everyTypeWithAThirdOfTheOtherNamesIsGiven() {
    List<Integer> features = secondPassFeatures(WITH, 0, 1); // Alba: Bora ORG, Cela LOC twice
    assertTrue(features.contains(hash(LOC, "ORG")));
    assertTrue(features.contains(hash(LOC, "LOC")));
  }

  @Test
  void unknownAndLowerCaseWordsAndTheFirstPassGetNone() {
    assertEquals(
        secondPassFeatures(FeatureOptions.DEFAULT, 1, 2).size(),
        secondPassFeatures(WITH, 1, 2).size()); // Real
    assertEquals(
        secondPassFeatures(FeatureOptions.DEFAULT, 2, 3).size(),
        secondPassFeatures(WITH, 2, 3).size()); // cela
    assertEquals(firstPassFeatures(FeatureOptions.DEFAULT), firstPassFeatures(WITH));
  }

  @Test
  void classMatesCountWithoutTheGazetteer() {
    // "Real" shares the towns' class; Alba and Bora (ORG) and Cela (LOC twice) are its mates.
    WordClusters classes =
        new WordClusters(
            Map.of(
                "alba", WordClusters.pack(7, 7),
                "bora", WordClusters.pack(7, 7),
                "real", WordClusters.pack(7, 7),
                "cela", WordClusters.pack(7, 7)));
    FeatureOptions base = FeatureOptions.DEFAULT.withClusters(classes);
    FeatureOptions mates = base.withClassMateTypes(true);
    List<Integer> features = secondPassFeatures(mates, 1, 2); // Real
    assertTrue(features.contains(classHash("ORG")));
    assertTrue(features.contains(classHash("LOC")));
    assertFalse(features.contains(hash(LOC, "ORG"))); // no gazetteer kind without its flag
    assertEquals(secondPassFeatures(base, 1, 2).size() + 2, features.size());
    // Cela: its mates Alba, Bora and Real were all called ORG; its own LOCs are left out.
    List<Integer> cela = secondPassFeatures(mates, 1, 0);
    assertTrue(cela.contains(classHash("ORG")));
    assertFalse(cela.contains(classHash("LOC")));
  }

  @Test
  void contextMatesAreWordsBetweenTheSameNeighboursAfterTheSameType() {
    // Players and their clubs: the first pass called two clubs ORG and the third a place.
    List<List<String>> document =
        List.of(
            List.of("a", "Lampón", "(", "Getafe", ")", "y", "Poli", "(", "Toledo", ")"),
            List.of("a", "Goio", "(", "Levante", ")", "y", "Alba", "(", "Ibiza", ")"));
    int per = TagSet.begin(TagSet.TYPES.indexOf("PER") + 1);
    List<int[]> firstPass =
        List.of(
            new int[] {0, per, 0, TagSet.begin(ORG), 0, 0, per, 0, TagSet.begin(LOC), 0},
            new int[] {0, per, 0, TagSet.begin(ORG), 0, 0, per, 0, TagSet.begin(ORG), 0});
    FeatureOptions mates = FeatureOptions.DEFAULT.withContextMateTypes(true);
    List<Integer> toledo = secondPassFeatures(mates, document, firstPass, 0, 8);
    assertTrue(toledo.contains(contextHash("ORG"))); // Getafe, Levante, Ibiza
    assertFalse(toledo.contains(contextHash("LOC"))); // its own tag is left out
    // Poli's neighbours are "y" and "(": Alba alone is its mate, a PER.
    List<Integer> poli = secondPassFeatures(mates, document, firstPass, 0, 6);
    assertTrue(poli.contains(contextHash("PER")));
    assertFalse(poli.contains(contextHash("ORG")));
    assertEquals(
        secondPassFeatures(FeatureOptions.DEFAULT, document, firstPass, 0, 6).size() + 1,
        poli.size());
  }

  @Test
  void theModelFileKeepsTheFlag() throws IOException {
    PerceptronModel model = new PerceptronModel(8, new float[256 * TagSet.SIZE]);
    NerTagger tagger = new NerTagger(gazetteer, lexicon, model, model, WITH, 1);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ModelFile.write(tagger, out);
    NerTagger read = ModelFile.read(new ByteArrayInputStream(out.toByteArray()));
    assertTrue(read.options().knownNameTypes());
    assertFalse(read.options().aggregate());
    assertTrue(read.withOptions(FeatureOptions.DEFAULT).options().knownNameTypes());
    assertFalse(read.options().classMateTypes());
  }

  private List<Integer> secondPassFeatures(FeatureOptions options, int sentence, int token) {
    return secondPassFeatures(options, DOCUMENT, FIRST_PASS, sentence, token);
  }

  private List<Integer> secondPassFeatures(
      FeatureOptions options,
      List<List<String>> document,
      List<int[]> firstPass,
      int sentence,
      int token) {
    FeatureExtractor extractor = new FeatureExtractor(gazetteer, lexicon, options);
    List<SentenceView> views = views(extractor, document);
    return features(extractor, views, new DocumentMemory(views, firstPass), sentence, token);
  }

  private List<Integer> firstPassFeatures(FeatureOptions options) {
    FeatureExtractor extractor = new FeatureExtractor(gazetteer, lexicon, options);
    List<SentenceView> views = views(extractor, DOCUMENT);
    return features(extractor, views, new DocumentMemory(views), 1, 0);
  }

  private static List<SentenceView> views(FeatureExtractor extractor, List<List<String>> document) {
    List<SentenceView> views = new ArrayList<>();
    for (List<String> tokens : document) {
      views.add(extractor.view(tokens));
    }
    return views;
  }

  private static List<Integer> features(
      FeatureExtractor extractor,
      List<SentenceView> views,
      DocumentMemory memory,
      int sentence,
      int token) {
    memory.startSentence(sentence);
    FeatureVector out = new FeatureVector(30);
    extractor.extract(views.get(sentence), token, TagSet.O, TagSet.O, memory, out);
    List<Integer> ids = new ArrayList<>();
    for (int f = 0; f < out.size(); f++) {
      ids.add(out.id(f));
    }
    return ids;
  }

  private static int classHash(String firstPassType) {
    return FeatureHash.of(Template.KNOWN_NAME_TYPES, "class", firstPassType) & ((1 << 30) - 1);
  }

  private static int contextHash(String firstPassType) {
    return FeatureHash.of(Template.KNOWN_NAME_TYPES, "context", firstPassType) & ((1 << 30) - 1);
  }

  private static int hash(int gazetteerType, String firstPassType) {
    return FeatureHash.of(Template.KNOWN_NAME_TYPES, TagSet.typeName(gazetteerType), firstPassType)
        & ((1 << 30) - 1);
  }
}
