package io.newsflow.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AggregationFeaturesTest {
  private final Gazetteer gazetteer = new Gazetteer(Map.of());
  private final Lexicon lexicon = new Lexicon(Map.of());

  private static final List<List<String>> DOCUMENT =
      List.of(
          List.of("o", "presidente", "Mbeki", "chegou"),
          List.of("ontem", ",", "Mbeki", "anunciou", "o", "acordo"),
          List.of("Mbeki", "."));

  @Test
  void aCapitalisedWordGetsTheNeighboursOfItsOtherOccurrences() {
    List<Integer> features = features(FeatureOptions.DEFAULT.withAggregate(true), 1, 2);
    // Its other occurrences: after "presidente", before "chegou"; first in its sentence, last.
    assertTrue(features.contains(hash(Template.AGGREGATE_PREV, "presidente")));
    assertTrue(features.contains(hash(Template.AGGREGATE_NEXT, "chegou")));
    assertTrue(features.contains(hash(Template.AGGREGATE_PREV, "<s>")));
    assertTrue(features.contains(hash(Template.AGGREGATE_NEXT, ".")));
    // Not its own neighbours: those are the ordinary window features.
    assertFalse(features.contains(hash(Template.AGGREGATE_PREV, ",")));
    assertFalse(features.contains(hash(Template.AGGREGATE_NEXT, "anunciou")));
    assertEquals(features(FeatureOptions.DEFAULT, 1, 2).size() + 4, features.size());
  }

  @Test
  void lowerCaseWordsAndWordsSeenOnceGetNone() {
    FeatureOptions aggregate = FeatureOptions.DEFAULT.withAggregate(true);
    assertEquals(
        features(FeatureOptions.DEFAULT, 1, 3).size(),
        features(aggregate, 1, 3).size()); // anunciou
    assertEquals(
        features(FeatureOptions.DEFAULT, 0, 1).size(),
        features(aggregate, 0, 1).size()); // presidente
  }

  @Test
  void theModelFileKeepsTheAggregateFlag() throws IOException {
    PerceptronModel model = new PerceptronModel(8, new float[256 * TagSet.SIZE]);
    NerTagger tagger =
        new NerTagger(
            gazetteer, lexicon, model, model, FeatureOptions.DEFAULT.withAggregate(true), 1);
    NerTagger read = ModelFileRoundTrip.of(tagger);
    assertTrue(read.options().aggregate());
    assertFalse(read.options().context());
    assertTrue(read.withOptions(FeatureOptions.DEFAULT).options().aggregate());
  }

  /** The first-pass features of one token of {@link #DOCUMENT}, previous tags O. */
  private List<Integer> features(FeatureOptions options, int sentence, int token) {
    FeatureExtractor extractor = new FeatureExtractor(gazetteer, lexicon, options);
    List<SentenceView> views = new ArrayList<>();
    for (List<String> tokens : DOCUMENT) {
      views.add(extractor.view(tokens));
    }
    DocumentMemory memory = new DocumentMemory(views);
    memory.startSentence(sentence);
    FeatureVector out = new FeatureVector(30);
    extractor.extract(views.get(sentence), token, TagSet.O, TagSet.O, memory, out);
    List<Integer> ids = new ArrayList<>();
    for (int f = 0; f < out.size(); f++) {
      ids.add(out.id(f));
    }
    return ids;
  }

  private static int hash(Template template, String word) {
    return FeatureHash.of(template, word) & ((1 << 30) - 1);
  }
}
