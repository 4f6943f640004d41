package io.newsflow.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContextMatesTest {
  private static final int PER = TagSet.begin(TagSet.TYPES.indexOf("PER") + 1);
  private static final int ORG = TagSet.begin(TagSet.TYPES.indexOf("ORG") + 1);
  private static final int LOC = TagSet.begin(TagSet.TYPES.indexOf("LOC") + 1);

  private final Gazetteer gazetteer = new Gazetteer(Map.of());
  private final Lexicon lexicon = new Lexicon(Map.of());

  /** Players and their clubs. */
  private static final List<List<String>> DOCUMENT =
      List.of(
          List.of("a", "Lampón", "(", "Getafe", ")", "y", "Poli", "(", "Toledo", ")"),
          List.of("a", "Goio", "(", "Levante", ")", "y", "Alba", "(", "Ibiza", ")"),
          List.of("Toledo", "ganó", "en", "toledo"));

  /** The first pass called three clubs ORG, and Toledo a place twice. */
  private static final List<int[]> FIRST_PASS =
      List.of(
          new int[] {0, PER, 0, ORG, 0, 0, PER, 0, LOC, 0},
          new int[] {0, PER, 0, ORG, 0, 0, PER, 0, ORG, 0},
          new int[] {LOC, 0, 0, 0});

  private static final FeatureOptions WITH = FeatureOptions.DEFAULT.withContextMates(true);

  @Test
  void aRowGetsTheTypesOfTheOtherRows() {
    List<Integer> toledo = features(WITH, 0, 8);
    assertTrue(toledo.contains(hash("ORG"))); // Getafe, Levante, Ibiza
    assertFalse(toledo.contains(hash("LOC"))); // Toledo's own LOC is left out
    // Poli stands between "y" and "(" after ")": Alba alone did too, a PER.
    List<Integer> poli = features(WITH, 0, 6);
    assertTrue(poli.contains(hash("PER")));
    assertFalse(poli.contains(hash("ORG")));
    assertEquals(features(FeatureOptions.DEFAULT, 0, 6).size() + 1, poli.size());
  }

  @Test
  void aWordWithoutMatesAndLowerCaseWordsGetNone() {
    assertEquals(features(FeatureOptions.DEFAULT, 2, 0).size(), features(WITH, 2, 0).size());
    assertEquals(features(FeatureOptions.DEFAULT, 2, 3).size(), features(WITH, 2, 3).size());
  }

  @Test
  void theFirstPassHasNone() {
    FeatureExtractor extractor = new FeatureExtractor(gazetteer, lexicon, WITH);
    List<SentenceView> views = views(extractor);
    FeatureExtractor without = new FeatureExtractor(gazetteer, lexicon, FeatureOptions.DEFAULT);
    assertEquals(
        ids(without, views(without), new DocumentMemory(views(without)), 0, 8),
        ids(extractor, views, new DocumentMemory(views), 0, 8));
  }

  @Test
  void theModelFileKeepsTheFlag() throws IOException {
    PerceptronModel model = new PerceptronModel(8, new float[256 * TagSet.SIZE]);
    NerTagger tagger = new NerTagger(gazetteer, lexicon, model, model, WITH, 1);
    NerTagger read = ModelFileRoundTrip.of(tagger);
    assertTrue(read.options().contextMates());
    assertFalse(read.options().aggregate());
    assertTrue(read.withOptions(FeatureOptions.DEFAULT).options().contextMates());
  }

  /** The second-pass features of one token of {@link #DOCUMENT}, previous tags O. */
  private List<Integer> features(FeatureOptions options, int sentence, int token) {
    FeatureExtractor extractor = new FeatureExtractor(gazetteer, lexicon, options);
    List<SentenceView> views = views(extractor);
    return ids(extractor, views, new DocumentMemory(views, FIRST_PASS), sentence, token);
  }

  private static List<SentenceView> views(FeatureExtractor extractor) {
    List<SentenceView> views = new ArrayList<>();
    for (List<String> tokens : DOCUMENT) {
      views.add(extractor.view(tokens));
    }
    return views;
  }

  private static List<Integer> ids(
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

  private static int hash(String type) {
    return FeatureHash.of(Template.CONTEXT_MATES, "context", type) & ((1 << 30) - 1);
  }
}
