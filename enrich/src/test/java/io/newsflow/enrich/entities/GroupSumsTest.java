package io.newsflow.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A quantised model sums the rows of each word's feature groups once per word type and role, and
 * reads them from the word after that: every score must still be the sum of every feature's row,
 * whichever token, neighbour or model first summed a group.
 */
class GroupSumsTest {
  private static final int BITS = 12;
  private final Gazetteer gazetteer = new Gazetteer(Map.of("new york", 1 << 3));
  private final Lexicon lexicon = new Lexicon(Map.of("bank", 12));
  private final WordClusters clusters =
      new WordClusters(Map.of("bank", WordClusters.pack(1, 5, 9), "said", WordClusters.pack(2)));

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void cachedGroupsGiveTheSumOfEveryRow(boolean context) {
    FeatureOptions options = FeatureOptions.DEFAULT.withClusters(clusters).withContext(context);
    FeatureExtractor extractor = new FeatureExtractor(gazetteer, lexicon, options);
    List<SentenceView> document =
        List.of(
            extractor.view(List.of("Anglo-Dutch", "bank", "ING", "said", "bank", "\"", "ING")),
            extractor.view(List.of("ING", "said", "New", "York", "bank", "Anglo-Dutch")),
            extractor.view(List.of("bank")));
    PerceptronModel first = model(7);
    PerceptronModel second = model(11);
    PerceptronModel third = model(13);
    // Twice each: the second time every group is read from the words; the third model takes a
    // slot of the words' two, and the first has to sum its groups again.
    for (PerceptronModel model : List.of(first, first, second, second, third, first, second)) {
      assertScores(extractor, document, model);
    }
  }

  private static void assertScores(
      FeatureExtractor extractor, List<SentenceView> document, PerceptronModel model) {
    DocumentMemory memory = new DocumentMemory(document);
    FeatureVector features = new FeatureVector(BITS);
    float[] scores = new float[TagSet.SIZE];
    for (SentenceView sentence : document) {
      for (int i = 0; i < sentence.size(); i++) {
        for (int prev : new int[] {TagSet.O, 1, 2}) {
          extractor.extract(sentence, i, prev, TagSet.O, memory, features);
          model.score(features, scores);
          assertArrayEquals(everyRow(model, features), scores, "token " + i + " after " + prev);
        }
      }
    }
  }

  /** Each feature's row added in turn: small whole weights at scale 1, so the floats are exact. */
  private static float[] everyRow(PerceptronModel model, FeatureVector features) {
    float[] sums = new float[TagSet.SIZE];
    for (int f = 0; f < features.size(); f++) {
      for (int tag = 0; tag < TagSet.SIZE; tag++) {
        sums[tag] += model.weight(features.id(f), tag);
      }
    }
    return sums;
  }

  /** Rows of every id not divisible by 3, with weights from the id, the tag and the seed. */
  private static PerceptronModel model(int seed) {
    int ids = 1 << BITS;
    SparseRows.Builder rows = new SparseRows.Builder(BITS, TagSet.SIZE, ids - (ids + 2) / 3);
    short[] row = new short[TagSet.SIZE];
    for (int id = 0; id < ids; id++) {
      if (id % 3 == 0) {
        continue;
      }
      for (int tag = 0; tag < TagSet.SIZE; tag++) {
        row[tag] = (short) ((id * seed + tag * 31) % 401 - 200);
      }
      rows.add(id, row, 0);
    }
    return PerceptronModel.quantised(BITS, rows.build(), 1f);
  }
}
