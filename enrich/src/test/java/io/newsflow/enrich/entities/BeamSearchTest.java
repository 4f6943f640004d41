package io.newsflow.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class BeamSearchTest {
  private static final int BITS = 16;
  private static final int B_PER = TagSet.begin(1);
  private static final int I_PER = B_PER + 1;
  private static final List<List<String>> TWO_WORDS = List.of(List.of("Dida", "Cafu"));

  /**
   * Weights on the two previous tags only: at the start of a sentence O (1.0) beats B-PER (0.9),
   * but after B-PER the next token scores I-PER 5.0. Greedy takes O and can no longer reach I-PER
   * (O O: 2.0); a beam of two keeps B-PER and finds B-PER I-PER (5.9).
   */
  private static float[] weights() {
    float[] w = new float[(1 << BITS) * TagSet.SIZE];
    int start = (FeatureHash.PREV_TAGS[TagSet.O][TagSet.O] & ((1 << BITS) - 1)) * TagSet.SIZE;
    w[start + TagSet.O] = 1.0f;
    w[start + B_PER] = 0.9f;
    int afterPer = (FeatureHash.PREV_TAGS[B_PER][TagSet.O] & ((1 << BITS) - 1)) * TagSet.SIZE;
    w[afterPer + I_PER] = 5.0f;
    return w;
  }

  private static NerTagger tagger(int beamWidth) {
    PerceptronModel model = new PerceptronModel(BITS, weights());
    return new NerTagger(
        new Gazetteer(Map.of()),
        new Lexicon(Map.of()),
        model,
        model,
        FeatureOptions.DEFAULT,
        beamWidth);
  }

  @Test
  void aBeamFindsTheNameThatGreedyDecodingGivesUpOnItsFirstToken() {
    assertArrayEquals(new int[] {TagSet.O, TagSet.O}, tagger(1).tag(TWO_WORDS).get(0));
    assertArrayEquals(new int[] {B_PER, I_PER}, tagger(2).tag(TWO_WORDS).get(0));
  }

  @Test
  void theModelFileKeepsTheBeamWidthAndWritesAGreedyModelAsBefore() throws IOException {
    NerTagger read = ModelFile.read(new ByteArrayInputStream(bytes(tagger(3))));
    assertEquals(3, read.beamWidth());
    assertArrayEquals(new int[] {B_PER, I_PER}, read.tag(TWO_WORDS).get(0));

    byte[] greedy = bytes(tagger(1));
    try (DataInputStream in =
        new DataInputStream(new GZIPInputStream(new ByteArrayInputStream(greedy)))) {
      in.readInt();
      assertEquals(ModelFile.VERSION, in.readInt(), "a greedy model keeps the old format");
    }
    assertEquals(1, ModelFile.read(new ByteArrayInputStream(greedy)).beamWidth());
  }

  @Test
  void refusesABeamWidthOutOfRange() {
    assertThrows(IllegalArgumentException.class, () -> tagger(0));
    byte[] tooWide = bytes(tagger(ModelFile.MAX_BEAM + 1));
    IOException e =
        assertThrows(IOException.class, () -> ModelFile.read(new ByteArrayInputStream(tooWide)));
    assertEquals("bad beam width " + (ModelFile.MAX_BEAM + 1), e.getMessage());
  }

  private static byte[] bytes(NerTagger tagger) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ModelFile.write(tagger, out);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return out.toByteArray();
  }
}
