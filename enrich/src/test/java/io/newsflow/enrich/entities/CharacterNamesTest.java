package io.newsflow.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CharacterNamesTest {
  private static final int PER = 1;
  private static final int ORG = 2;
  private static final int LOC = 3;

  private static Gazetteer gazetteer(String... typedNames) {
    Gazetteer.Builder builder = new Gazetteer.Builder(Gazetteer.MAX_CHARACTER_TOKENS);
    for (String typed : typedNames) {
      String[] parts = typed.split(":");
      String[] chars = parts[1].split("");
      builder.add(chars, 0, chars.length, Integer.parseInt(parts[0]));
    }
    return builder.build();
  }

  @Test
  void marksTheLongestNameOfEachTypeThatBeginsEndsOrRunsThroughACharacter() {
    CharacterNames names =
        new CharacterNames(gazetteer(LOC + ":北京", ORG + ":北京大学医学部", PER + ":王小明"));
    CharacterNames.Matches m = names.match("在北京大学医学部".split(""));
    assertEquals(2, m.begin()[1][LOC]);
    assertEquals(7, m.begin()[1][ORG]);
    assertEquals(7, m.end()[7][ORG]);
    assertEquals(2, m.end()[2][LOC]);
    assertTrue(m.inside()[4][ORG]);
    assertFalse(m.inside()[1][ORG]); // the first character begins the name, it is not inside it
    assertEquals(0, m.begin()[0][LOC]);
  }

  @Test
  void namesLongerThanTheWordGazetteerKeepAreKept() {
    CharacterNames names = new CharacterNames(gazetteer(ORG + ":印度气象部新德里台风中心"));
    CharacterNames.Matches m = names.match("印度气象部新德里台风中心".split(""));
    assertEquals(12, m.begin()[0][ORG]);
  }

  @Test
  void surnamesAndNameEndingsComeFromTheGazetteerNotFromAList() {
    CharacterNames names =
        new CharacterNames(gazetteer(PER + ":王小明", PER + ":王芳", LOC + ":河北省", LOC + ":广东省"));
    assertNotEquals(features(names, "王", "<s>"), features(names, "李", "<s>"));
    assertNotEquals(features(names, "省", "北"), features(names, "市", "北"));
    // A character no name opens or closes has only the "opens no person name" feature.
    assertEquals(1, features(names, "的", "<s>").length);
  }

  private static int[] features(CharacterNames names, String unit, String previous) {
    List<Integer> out = new ArrayList<>();
    names.addFeatures(names.match(new String[] {"x"}), 0, unit, previous, out);
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  @Test
  void digitRunsShareOneUnitAndCharactersHaveAKind() {
    assertEquals("0", CharacterFeatures.unit("2019"));
    assertEquals("北", CharacterFeatures.unit("北"));
    assertEquals("H", CharacterFeatures.kind("北"));
    assertEquals("D", CharacterFeatures.kind("18"));
    assertEquals("L", CharacterFeatures.kind("gps"));
    assertEquals("P", CharacterFeatures.kind("，"));
  }
}
