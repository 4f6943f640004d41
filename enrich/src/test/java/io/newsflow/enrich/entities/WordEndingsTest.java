package io.newsflow.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WordEndingsTest {
  private static final FeatureOptions WITH = FeatureOptions.DEFAULT.withStems(WordEndings.RUSSIAN);

  private static final int LOC = TagSet.TYPES.indexOf("LOC") + 1;

  /** One LOC name, in the nominative only. */
  private final Gazetteer gazetteer = new Gazetteer(Map.of("самара", 1 << LOC));

  private final Lexicon lexicon = new Lexicon(Map.of());

  @Test
  void theCasesOfOneNameShareAStem() {
    for (String form : List.of("самара", "самары", "самаре", "самару", "самарой")) {
      assertEquals("самар", WordEndings.RUSSIAN.stem(form), form);
    }
    for (String form : List.of("петров", "петрова", "петрову", "петровым", "петрове")) {
      assertEquals("петров", WordEndings.RUSSIAN.stem(form), form);
    }
    for (String form : List.of("сибирь", "сибири", "сибирью")) {
      assertEquals("сибир", WordEndings.RUSSIAN.stem(form), form);
    }
  }

  @Test
  void shortWordsAndOtherScriptsKeepTheirEnding() {
    assertEquals("уфа", WordEndings.RUSSIAN.stem("уфа"));
    assertEquals("ими", WordEndings.RUSSIAN.stem("ими"));
    assertEquals("lisboa", WordEndings.RUSSIAN.stem("lisboa"));
    assertEquals("2024", WordEndings.RUSSIAN.stem("2024"));
  }

  @Test
  void spanishGenderAndPluralFormsShareAStem() {
    for (String form : List.of("brasileño", "brasileña", "brasileños", "brasileñas")) {
      assertEquals("brasileñ", WordEndings.SPANISH.stem(form), form);
    }
    for (String form : List.of("español", "española", "españoles")) {
      assertEquals("español", WordEndings.SPANISH.stem(form), form);
    }
    assertEquals("frances", WordEndings.SPANISH.stem("franceses"));
    assertEquals("vez", WordEndings.SPANISH.stem("veces"));
    assertEquals("francés", WordEndings.SPANISH.stem("francés"));
  }

  @Test
  void eachRuleKeepsToItsScriptAndLeavesShortWords() {
    assertEquals("real", WordEndings.SPANISH.stem("real"));
    assertEquals("roma", WordEndings.SPANISH.stem("roma"));
    assertEquals("самаре", WordEndings.SPANISH.stem("самаре"));
    assertEquals("fc-barcelona", WordEndings.SPANISH.stem("fc-barcelona"));
    assertEquals("madrid", WordEndings.RUSSIAN.stem("madrid"));
    assertEquals("самаре", WordEndings.NONE.stem("самаре"));
    assertEquals(WordEndings.SPANISH, WordEndings.forLanguage("es"));
    assertEquals(WordEndings.NONE, WordEndings.forLanguage("de"));
  }

  @Test
  void theMemoryByStemCarriesATypeToAnotherCase() {
    FeatureOptions byStem = WITH.withStemMemory(true);
    assertEquals(1, laterCounts(byStem)[TagSet.TYPES.indexOf("PER") + 1]);
    assertEquals(null, laterCounts(WITH));
  }

  /** The memory's counts for "Путину" after "Путина" was tagged PER in the sentence before. */
  private int[] laterCounts(FeatureOptions options) {
    FeatureExtractor extractor = new FeatureExtractor(gazetteer, lexicon, options);
    List<SentenceView> document =
        List.of(
            extractor.view(List.of("Путина", "встретили", ".")),
            extractor.view(List.of("Позвонили", "Путину", ".")));
    DocumentMemory memory = new DocumentMemory(document);
    memory.startSentence(0);
    memory.record(0, true, TagSet.TYPES.indexOf("PER") + 1);
    memory.startSentence(1);
    return memory.countsSoFar(1);
  }

  @Test
  void anInflectedFormFindsTheNameOfItsStem() {
    List<Integer> with = features(WITH, "Самаре");
    List<Integer> without = features(FeatureOptions.DEFAULT, "Самаре");
    int stem = id(FeatureHash.of(Template.STEM, "самар"));
    int unitLoc = id(FeatureHash.STEM_NAME_PART[Gazetteer.UNIT * 5 + LOC]);
    assertEquals(without.size() + 2, with.size());
    assertTrue(with.containsAll(without));
    assertTrue(with.contains(stem) && with.contains(unitLoc));
    assertTrue(features(WITH, "Самара").contains(stem));
    assertFalse(features(WITH, "Самолёт").contains(unitLoc));
  }

  @Test
  void withoutTheOptionTheFeaturesAreTheBaseOnes() {
    FeatureExtractor plain = new FeatureExtractor(gazetteer, lexicon);
    assertEquals(features(FeatureOptions.DEFAULT, "Самаре"), ids(plain, "Самаре"));
  }

  @Test
  void theModelFileKeepsTheFlag() throws IOException {
    PerceptronModel model = new PerceptronModel(8, new float[256 * TagSet.SIZE]);
    NerTagger read =
        ModelFileRoundTrip.of(new NerTagger(gazetteer, lexicon, model, model, WITH, 1));
    assertEquals(WordEndings.RUSSIAN, read.options().stems());
    assertFalse(read.options().contextMates());
    assertEquals(WordEndings.RUSSIAN, read.withOptions(FeatureOptions.DEFAULT).options().stems());
    NerTagger old =
        ModelFileRoundTrip.of(
            new NerTagger(gazetteer, lexicon, model, model, FeatureOptions.DEFAULT, 1));
    assertEquals(WordEndings.NONE, old.options().stems());
    NerTagger spanish =
        ModelFileRoundTrip.of(
            new NerTagger(
                gazetteer,
                lexicon,
                model,
                model,
                FeatureOptions.DEFAULT.withStems(WordEndings.SPANISH).withStemMemory(true),
                1));
    assertEquals(WordEndings.SPANISH, spanish.options().stems());
    assertTrue(spanish.options().stemMemory());
    assertFalse(read.options().stemMemory());
  }

  private static int id(int hash) {
    return hash & ((1 << 30) - 1);
  }

  private List<Integer> features(FeatureOptions options, String word) {
    return ids(new FeatureExtractor(gazetteer, lexicon, options), word);
  }

  private static List<Integer> ids(FeatureExtractor extractor, String word) {
    SentenceView view = extractor.view(List.of("в", word, "."));
    FeatureVector out = new FeatureVector(30);
    extractor.extract(view, 1, TagSet.O, TagSet.O, new DocumentMemory(List.of(view)), out);
    List<Integer> ids = new ArrayList<>();
    for (int f = 0; f < out.size(); f++) {
      ids.add(out.id(f));
    }
    return ids;
  }
}
