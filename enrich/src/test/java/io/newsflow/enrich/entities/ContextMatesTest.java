package io.newsflow.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContextMatesTest {
  private static final int PER = TagSet.TYPES.indexOf("PER") + 1;
  private static final int ORG = TagSet.TYPES.indexOf("ORG") + 1;
  private static final int LOC = TagSet.TYPES.indexOf("LOC") + 1;

  private static final FeatureOptions WITH = FeatureOptions.DEFAULT.withContextMateHistory(true);

  /** Players and their clubs, one list row per sentence and two in the last. */
  private static final List<List<String>> DOCUMENT =
      List.of(
          List.of("a", "Goio", "(", "Levante", ")"),
          List.of("a", "Lampón", "(", "Getafe", ")"),
          List.of("a", "Poli", "(", "Toledo", ")", "y", "Rodri", "(", "Elche", ")"));

  @Test
  void aRowIsTypedByTheRowsDecidedBeforeIt() {
    Memory memory = new Memory(WITH);
    memory.decide(0, 0, PER, 0, ORG, 0);
    memory.decide(1, 0, PER, 0, LOC, 0);
    // Toledo after "Poli (": Levante ORG and Getafe LOC before it, each a half.
    List<Integer> toledo = memory.features(2, 3, 0, PER, 0);
    assertTrue(toledo.contains(hash("ORG")));
    assertTrue(toledo.contains(hash("LOC")));
    assertEquals(
        new Memory(FeatureOptions.DEFAULT).features(2, 3, 0, PER, 0).size() + 2, toledo.size());
  }

  @Test
  void theSentenceSoFarCountsAsTheDecoderHasIt() {
    Memory memory = new Memory(WITH);
    memory.decide(0, 0, PER, 0, ORG, 0);
    memory.decide(1, 0, PER, 0, ORG, 0);
    // Elche: Levante, Getafe and, earlier in its own sentence, Toledo, as this history types it.
    List<Integer> elche = memory.features(2, 8, 0, PER, 0, LOC, 0, 0, PER, 0);
    assertTrue(elche.contains(hash("ORG")));
    assertTrue(elche.contains(hash("LOC"))); // one of three: a third is enough
    elche = memory.features(2, 8, 0, PER, 0, ORG, 0, 0, PER, 0);
    assertTrue(elche.contains(hash("ORG")));
    assertFalse(elche.contains(hash("LOC")));
  }

  @Test
  void theFirstRowAndLowerCaseWordsGetNone() {
    Memory with = new Memory(WITH);
    Memory without = new Memory(FeatureOptions.DEFAULT);
    assertEquals(without.features(0, 3, 0, PER, 0).size(), with.features(0, 3, 0, PER, 0).size());
    with.decide(0, 0, PER, 0, ORG, 0);
    without.decide(0, 0, PER, 0, ORG, 0);
    assertEquals(without.features(1, 0).size(), with.features(1, 0).size()); // "a"
    // Lampón stands after "a", before "(", at the sentence start, as Goio (PER) did.
    assertTrue(with.features(1, 1, 0).contains(hash("PER")));
  }

  /** A first pass's memory of {@link #DOCUMENT}, fed the types a greedy decoder would record. */
  private static final class Memory {
    private final FeatureExtractor extractor;
    private final List<SentenceView> views = new ArrayList<>();
    private final DocumentMemory memory;

    Memory(FeatureOptions options) {
      extractor = new FeatureExtractor(new Gazetteer(Map.of()), new Lexicon(Map.of()), options);
      for (List<String> tokens : DOCUMENT) {
        views.add(extractor.view(tokens));
      }
      memory = new DocumentMemory(views);
    }

    void decide(int sentence, int... types) {
      memory.startSentence(sentence);
      for (int i = 0; i < types.length; i++) {
        memory.record(i, views.get(sentence).capitalised[i], types[i]);
      }
    }

    /** Features of token i of the sentence after its earlier tokens got {@code before}. */
    List<Integer> features(int sentence, int i, int... before) {
      memory.startSentence(sentence);
      for (int j = 0; j < before.length; j++) {
        memory.record(j, views.get(sentence).capitalised[j], before[j]);
      }
      int prev = i > 0 && before[i - 1] != 0 ? TagSet.begin(before[i - 1]) : TagSet.O;
      FeatureVector out = new FeatureVector(30);
      extractor.extract(views.get(sentence), i, prev, TagSet.O, memory, out);
      List<Integer> ids = new ArrayList<>();
      for (int f = 0; f < out.size(); f++) {
        ids.add(out.id(f));
      }
      return ids;
    }
  }

  private static int hash(String type) {
    return FeatureHash.of(Template.KNOWN_NAME_TYPES, "context-history", type) & ((1 << 30) - 1);
  }
}
