package io.newsflow.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoryTopicsTest {
  private static final FeatureOptions TOPICS = FeatureOptions.DEFAULT.withTopics(true);

  private static final int LOC = TagSet.TYPES.indexOf("LOC") + 1;

  /** "Brasil" is known as a place; "Ronaldinho" as nothing. */
  private final Gazetteer gazetteer = new Gazetteer(Map.of("brasil", 1 << LOC));

  private final Lexicon lexicon = new Lexicon(Map.of());

  private static final List<List<String>> MATCH_REPORT =
      List.of(
          List.of("Brasil", "ganó", "el", "partido", "en", "el", "minuto", "90", "."),
          List.of("El", "partido", "terminó", "con", "un", "gol", "de", "Brasil", "."),
          List.of("Fue", "el", "mejor", "minuto", "del", "partido", "de", "Ronaldinho", "."));

  @Test
  void aCapitalisedWordSeesTheStorysRepeatedWordsWithItsKnownTypes() {
    String place = Integer.toString(1 << LOC);
    List<Integer> features = features(TOPICS, 1, 7);
    assertTrue(features.contains(id(FeatureHash.of(Template.TOPIC_WORD, "partido", place))));
    assertTrue(features.contains(id(FeatureHash.of(Template.TOPIC_WORD, "minuto", place))));
    List<Integer> unseen = features(TOPICS, 2, 7);
    assertTrue(unseen.contains(id(FeatureHash.of(Template.TOPIC_WORD, "partido", "0"))));
    assertFalse(unseen.contains(id(FeatureHash.of(Template.TOPIC_WORD, "partido", place))));
    // Once in the story, or shorter than five letters: no topic.
    assertFalse(features.contains(id(FeatureHash.of(Template.TOPIC_WORD, "terminó", "0"))));
    assertFalse(features.contains(id(FeatureHash.of(Template.TOPIC_WORD, "el", "0"))));
  }

  @Test
  void onlyCapitalisedWordsAndOnlyWithTheOption() {
    int topic = id(FeatureHash.of(Template.TOPIC_WORD, "partido", "0"));
    assertFalse(features(TOPICS, 1, 2).contains(topic)); // "terminó"
    assertFalse(features(FeatureOptions.DEFAULT, 2, 7).contains(topic));
  }

  @Test
  void theMostRepeatedWordsComeFirstAndAreCapped() {
    List<List<String>> story = new ArrayList<>();
    for (String word :
        List.of("alpha", "bravo", "charlie", "delta", "echoes", "foxtrot", "golfo", "hotel")) {
      story.add(List.of("Ana", "dijo", word, word, "."));
    }
    story.add(List.of("Ana", "dijo", "hotel", "."));
    FeatureExtractor extractor = new FeatureExtractor(gazetteer, lexicon, TOPICS);
    List<SentenceView> views = story.stream().map(extractor::view).toList();
    int[] topics = new DocumentMemory(views).topics();
    assertEquals(DocumentMemory.MAX_TOPICS, topics.length);
    assertEquals(FeatureHash.head(Template.TOPIC_WORD, "hotel"), topics[0]);
    assertEquals(FeatureHash.head(Template.TOPIC_WORD, "alpha"), topics[1]);
  }

  @Test
  void theModelFileKeepsTheFlag() throws IOException {
    PerceptronModel model = new PerceptronModel(8, new float[256 * TagSet.SIZE]);
    NerTagger read =
        ModelFileRoundTrip.of(new NerTagger(gazetteer, lexicon, model, model, TOPICS, 1));
    assertTrue(read.options().topics());
    assertTrue(read.withOptions(FeatureOptions.DEFAULT).options().topics());
    NerTagger old =
        ModelFileRoundTrip.of(
            new NerTagger(gazetteer, lexicon, model, model, FeatureOptions.DEFAULT, 1));
    assertFalse(old.options().topics());
  }

  private static int id(int hash) {
    return hash & ((1 << 30) - 1);
  }

  /** The features of token i of sentence s of the match report. */
  private List<Integer> features(FeatureOptions options, int s, int i) {
    FeatureExtractor extractor = new FeatureExtractor(gazetteer, lexicon, options);
    List<SentenceView> views = MATCH_REPORT.stream().map(extractor::view).toList();
    DocumentMemory memory = new DocumentMemory(views);
    memory.startSentence(s);
    FeatureVector out = new FeatureVector(30);
    extractor.extract(views.get(s), i, TagSet.O, TagSet.O, memory, out);
    List<Integer> ids = new ArrayList<>();
    for (int f = 0; f < out.size(); f++) {
      ids.add(out.id(f));
    }
    return ids;
  }
}
