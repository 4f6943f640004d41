package io.newsflow.tools.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.enrich.entities.FeatureOptions;
import io.newsflow.enrich.entities.Lexicon;
import io.newsflow.enrich.entities.NerTagger;
import io.newsflow.enrich.entities.TagSet;
import io.newsflow.enrich.entities.conll.ConllDocument;
import io.newsflow.enrich.entities.conll.ConllSentence;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TrainTaggerTest {
  private static final int B_PER = TagSet.parse("B-PER");
  private static final int I_PER = TagSet.parse("I-PER");
  private static final int B_LOC = TagSet.parse("B-LOC");

  /**
   * The trainer's settings are static (its command line sets them): each test leaves the defaults.
   */
  @AfterEach
  void defaultSettings() {
    TrainTagger.bits = TrainTagger.BITS;
    TrainTagger.beamWidth = 1;
    TrainTagger.members = 1;
    TrainTagger.bootstrap = false;
    TrainTagger.cutOff = 0;
    TrainTagger.clusterFile = null;
  }

  @Test
  void aGoldTagTheDecoderMayNotChooseIsNotRewarded() {
    assertEquals(I_PER, TrainTagger.target(B_PER, I_PER, TagSet.O));
    assertEquals(I_PER, TrainTagger.target(I_PER, I_PER, B_LOC));
    // After a missed B-PER, I-PER is out of reach: the prediction stands, nothing is updated.
    assertEquals(TagSet.O, TrainTagger.target(TagSet.O, I_PER, TagSet.O));
    assertEquals(B_LOC, TrainTagger.target(B_LOC, I_PER, B_LOC));
    assertEquals(B_PER, TrainTagger.target(TagSet.O, B_PER, TagSet.O));
  }

  @Test
  void theWordListHoldsCommonWordsOfTheOtherFoldsOnly() {
    List<ConllDocument> docs = new ArrayList<>();
    docs.add(doc(List.of("习近平", "会见", "了"), List.of("B-PER", "O", "O")));
    docs.add(doc(List.of("他", "访问", "北京"), List.of("O", "O", "B-LOC")));
    docs.add(doc(List.of("会见", "记者"), List.of("O", "O")));
    Lexicon all = TrainTagger.wordLexicon(docs, -1);
    assertEquals(2, all.lowercaseCount("会见"));
    assertEquals(1, all.lowercaseCount("访问"));
    assertEquals(0, all.lowercaseCount("习近平")); // a name, not a common word
    assertEquals(0, all.lowercaseCount("北京"));
    assertEquals(0, all.lowercaseCount("了")); // one character: the n-grams cover it
    Lexicon withoutFold1 = TrainTagger.wordLexicon(docs, 1);
    assertEquals(0, withoutFold1.lowercaseCount("访问"));
    assertEquals(2, withoutFold1.lowercaseCount("会见"));
  }

  /**
   * Beam training (structured updates per sentence) learns a small corpus: on its own training
   * sentences the model gives back the gold tags, names of two words included, which a sign error
   * or a missed update would not.
   */
  @Test
  void beamTrainingLearnsItsTrainingSentences() {
    List<ConllDocument> docs = new ArrayList<>();
    String[][] people = {{"Ana", "Ruiz"}, {"Luis", "Moreno"}, {"Eva", "Soto"}, {"Juan", "Gil"}};
    String[] places = {"Madrid", "Lima", "Quito", "Bogotá", "Cádiz"};
    for (int d = 0; d < 20; d++) {
      String[] person = people[d % people.length];
      String place = places[d % places.length];
      docs.add(
          doc(
              List.of(person[0], person[1], "llegó", "a", place, "ayer", "."),
              List.of("B-PER", "I-PER", "O", "O", "B-LOC", "O", "O")));
    }
    TrainTagger.bits = 16;
    TrainTagger.beamWidth = 3;
    NerTagger tagger =
        TrainTagger.train(
                docs, docs, 5, fold -> TrainTagger.lexicon(docs), FeatureOptions.DEFAULT, null)
            .tagger();
    assertEquals(3, tagger.beamWidth());
    for (ConllDocument doc : docs) {
      int[] tags = tagger.tag(doc.tokens()).get(0);
      List<String> names = new ArrayList<>();
      for (int tag : tags) {
        names.add(TagSet.name(tag));
      }
      assertEquals(doc.sentences().get(0).gold(), names);
    }
  }

  /**
   * With epochs given (chosen on a tenth of train), each pass trains that many; dev only reports.
   */
  @Test
  void givenEpochsAreTrainedAsGiven() {
    List<ConllDocument> docs = new ArrayList<>();
    for (int d = 0; d < 10; d++) {
      docs.add(
          doc(
              List.of("Ana", "Ruiz", "vive", "en", "Lima"),
              List.of("B-PER", "I-PER", "O", "O", "B-LOC")));
    }
    TrainTagger.bits = 16;
    TrainTagger.Trained trained =
        TrainTagger.train(
            docs,
            docs,
            15,
            fold -> TrainTagger.lexicon(docs),
            FeatureOptions.DEFAULT,
            new int[] {2, 3});
    assertEquals(2, trained.firstEpochs());
    assertEquals(3, trained.secondEpochs());
  }

  /**
   * Members trained on other orders of the documents average into one table that still learns the
   * training sentences; the first member alone is the single model of before (same seed).
   */
  @Test
  void membersAverageIntoOneModelThatLearnsItsTrainingSentences() {
    List<ConllDocument> docs = people();
    TrainTagger.bits = 16;
    NerTagger one = trainQuietly(docs, 1, false);
    NerTagger three = trainQuietly(docs, 3, false);
    NerTagger bagged = trainQuietly(docs, 3, true);
    for (ConllDocument doc : docs) {
      assertEquals(doc.sentences().get(0).gold(), tags(three, doc));
      assertEquals(doc.sentences().get(0).gold(), tags(bagged, doc));
    }
    assertNotEquals(weightsDigest(one), weightsDigest(three));
  }

  /** A cut-off above every feature's count leaves no weight: every token is then O. */
  @Test
  void aCutOffAboveEveryCountLeavesNoWeight() {
    List<ConllDocument> docs = people();
    TrainTagger.bits = 16;
    TrainTagger.cutOff = 1_000_000;
    NerTagger cut = trainQuietly(docs, 1, false);
    assertEquals(List.of("O", "O", "O", "O", "O"), tags(cut, docs.get(0)));
    assertEquals(0, weightsDigest(cut));
    TrainTagger.cutOff = 2; // every feature of this corpus repeats: nothing is cut
    assertEquals(
        docs.get(0).sentences().get(0).gold(), tags(trainQuietly(docs, 1, false), docs.get(0)));
  }

  @Test
  void aBootstrapSampleIsAsLargeAndDrawnFromTheDocuments() {
    List<Integer> documents = List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    List<Integer> sample = TrainTagger.resample(documents, new java.util.Random(1));
    assertEquals(documents.size(), sample.size());
    assertTrue(documents.containsAll(sample));
    // With replacement: ten draws from ten almost surely repeat one (and this seed does).
    assertTrue(new java.util.HashSet<>(sample).size() < documents.size());
  }

  private static NerTagger trainQuietly(List<ConllDocument> docs, int members, boolean bootstrap) {
    TrainTagger.members = members;
    TrainTagger.bootstrap = bootstrap;
    return TrainTagger.train(
            docs, docs, 5, fold -> TrainTagger.lexicon(docs), FeatureOptions.DEFAULT, null)
        .tagger();
  }

  private static List<ConllDocument> people() {
    List<ConllDocument> docs = new ArrayList<>();
    String[][] people = {{"Ana", "Ruiz"}, {"Luis", "Moreno"}, {"Eva", "Soto"}, {"Juan", "Gil"}};
    String[] places = {"Madrid", "Lima", "Quito", "Bogotá", "Cádiz"};
    for (int d = 0; d < 20; d++) {
      String[] person = people[d % people.length];
      docs.add(
          doc(
              List.of(person[0], person[1], "llegó", "a", places[d % places.length]),
              List.of("B-PER", "I-PER", "O", "O", "B-LOC")));
    }
    return docs;
  }

  private static List<String> tags(NerTagger tagger, ConllDocument doc) {
    List<String> names = new ArrayList<>();
    for (int tag : tagger.tag(doc.tokens()).get(0)) {
      names.add(TagSet.name(tag));
    }
    return names;
  }

  /** A sum over every weight of both passes, to tell models apart. */
  private static double weightsDigest(NerTagger tagger) {
    double sum = 0;
    for (int row = 0; row < 1 << tagger.firstPass().bits(); row++) {
      for (int tag = 0; tag < TagSet.SIZE; tag++) {
        sum += Math.abs(tagger.firstPass().weight(row, tag)) * (row % 7 + 1);
        sum += Math.abs(tagger.secondPass().weight(row, tag)) * (tag + 1);
      }
    }
    return sum;
  }

  private static ConllDocument doc(List<String> tokens, List<String> tags) {
    return new ConllDocument(List.of(), List.of(new ConllSentence(tokens, tokens, tags)));
  }
}
