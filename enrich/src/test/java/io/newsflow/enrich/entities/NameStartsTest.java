package io.newsflow.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NameStartsTest {
  private static final int O = TagSet.O;
  private static final int B_PER = TagSet.begin(1);
  private static final int I_PER = B_PER + 1;
  private static final Lexicon LEXICON = new Lexicon(Map.of("yesterday", 40, "minister", 12));

  private static int[] extended(String sentence, int... tags) {
    List<List<String>> document = List.of(Arrays.asList(sentence.split(" ")));
    List<int[]> result = List.of(tags.clone());
    NameStarts.extend(document, result, LEXICON);
    return result.get(0);
  }

  @Test
  void anUnknownCapitalisedFirstWordBeginsThePersonsName() {
    assertArrayEquals(
        new int[] {B_PER, I_PER, I_PER, O, O},
        extended("Ja Ian Chong , said", O, B_PER, I_PER, O, O));
  }

  @Test
  void aWordWrittenInLowerCaseElsewhereOrATitleStaysOut() {
    int[] tags = {O, B_PER, I_PER, O};
    assertArrayEquals(tags, extended("Yesterday Ian Chong said", tags));
    assertArrayEquals(tags, extended("Minister Ian Chong said", tags));
    assertArrayEquals(tags, extended("Mr Ian Chong said", tags));
    assertArrayEquals(tags, extended("Dr Ian Chong said", tags));
  }

  @Test
  void onlyTheSentencesFirstWordAndOnlyBeforeAPerson() {
    int[] midSentence = {O, O, B_PER, I_PER};
    assertArrayEquals(midSentence, extended("Last Friday Ian Chong", midSentence));
    int[] place = {O, TagSet.begin(3), O};
    assertArrayEquals(place, extended("Ja Singapore said", place));
    int[] allCaps = {O, B_PER, I_PER};
    assertArrayEquals(allCaps, extended("NEWS Ian Chong", allCaps));
  }
}
