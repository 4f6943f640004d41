package io.newsflow.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContextFeaturesTest {
  private final Gazetteer gazetteer = new Gazetteer(Map.of());
  private final Lexicon lexicon = new Lexicon(Map.of());

  @Test
  void longWordsGetFiveCharacterAffixesOnlyWithTheContextOption() {
    FeatureOptions context = FeatureOptions.DEFAULT.withContext(true);
    WordFeatures base = WordFeatures.of("Lisboa", gazetteer, lexicon);
    WordFeatures with = WordFeatures.of("Lisboa", gazetteer, lexicon, context);
    assertEquals(base.own.length + 2, with.own.length);
    assertArrayEquals(base.own, Arrays.copyOf(with.own, base.own.length));
    assertEquals(FeatureHash.of(Template.LONG_PREFIX, "lisbo"), with.own[base.own.length]);
    assertEquals(FeatureHash.of(Template.LONG_SUFFIX, "isboa"), with.own[base.own.length + 1]);
    // Five letters or fewer: the base affixes already cover them.
    assertEquals(
        WordFeatures.of("Porto", gazetteer, lexicon).own.length,
        WordFeatures.of("Porto", gazetteer, lexicon, context).own.length);
  }

  @Test
  void theDefaultOptionsAddNoFeatureToASentence() {
    FeatureExtractor plain = new FeatureExtractor(gazetteer, lexicon);
    FeatureExtractor context =
        new FeatureExtractor(gazetteer, lexicon, FeatureOptions.DEFAULT.withContext(true));
    List<String> tokens = List.of("o", "jornal", "\"", "Público", "\"", "(", "PSD", ")", "disse");
    SentenceView base = plain.view(tokens);
    SentenceView with = context.view(tokens);
    assertFalse(base.context);
    for (int i = 0; i < tokens.size(); i++) {
      base.ensureFeatures(i);
      with.ensureFeatures(i);
      int baseCount = base.tokenFeatures[i].length;
      int withCount = with.tokenFeatures[i].length;
      // Three neighbour features, one per enclosure, two long affixes on words of six letters+.
      int expected =
          3 + Integer.bitCount(with.enclosed[i]) + (base.types[i].lower.length() > 5 ? 2 : 0);
      assertEquals(expected, withCount - baseCount, tokens.get(i));
    }
    assertEquals(1, with.enclosed[3]); // "Público" between quotes
    assertEquals(2, with.enclosed[6]); // "PSD" in brackets
    assertEquals(0, with.enclosed[8]);
    assertTrue(
        Arrays.stream(with.tokenFeatures[3]).anyMatch(h -> h == FeatureHash.QUOTED_IN_QUOTES));
  }

  @Test
  void theModelFileKeepsTheContextFlagAndOlderModelsKeepTheirVersion() throws IOException {
    PerceptronModel model = new PerceptronModel(8, new float[256 * TagSet.SIZE]);
    NerTagger context =
        new NerTagger(
            gazetteer, lexicon, model, model, FeatureOptions.DEFAULT.withContext(true), 1);
    NerTagger read = ModelFileRoundTrip.of(context);
    assertTrue(read.options().context());
    assertEquals(1, read.beamWidth());
    // The card's token scheme sets the other options; the flag stays that of the file.
    assertTrue(read.withOptions(FeatureOptions.DEFAULT).options().context());
    assertEquals(5, version(context));

    NerTagger greedy = new NerTagger(gazetteer, lexicon, model, model);
    assertFalse(ModelFileRoundTrip.of(greedy).options().context());
    assertEquals(2, version(greedy));
  }

  private static int version(NerTagger tagger) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ModelFile.write(tagger, out);
    try (var in =
        new java.io.DataInputStream(
            new java.util.zip.GZIPInputStream(new ByteArrayInputStream(out.toByteArray())))) {
      in.readInt();
      return in.readInt();
    }
  }
}
