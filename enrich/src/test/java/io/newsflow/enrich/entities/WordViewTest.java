package io.newsflow.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WordViewTest {
  private final FeatureExtractor characters =
      new FeatureExtractor(
          new Gazetteer(Map.of()), new Lexicon(Map.of()), FeatureOptions.CHARACTERS);

  private static List<String> chars(String s) {
    return s.codePoints().mapToObj(Character::toString).toList();
  }

  @Test
  void eachCharacterKnowsItsWordPositionNatureAndName() {
    SentenceView s = characters.view(chars("习近平访问法国"));
    WordView view = WordView.of(s);
    assertEquals("B nr PER PER3 -", view.describe(0));
    assertEquals("M nr PER - -", view.describe(1));
    assertEquals("E nr PER - PER3", view.describe(2));
    assertEquals("B ns LOC LOC2 -", view.describe(5));
    assertEquals("E ns LOC - LOC2", view.describe(6));
    assertNotNull(s.characterFeatures); // the character tagger computes them once per sentence
  }

  @Test
  void eachCharacterSeesTheClassesOfItsWordAndItsNeighbours() {
    WordClusters clusters =
        new WordClusters(Map.of("法国", WordClusters.pack(7, 7), "访问", WordClusters.pack(3, 3)));
    WordView view = WordView.of(characters.view(chars("习近平访问法国")), clusters);
    assertEquals("- <s> 3", view.describeClasses(0)); // 习近平: no class
    assertEquals("3 - 7", view.describeClasses(3));
    assertEquals("7 3 </s>", view.describeClasses(6));
    assertEquals("- - -", WordView.of(characters.view(chars("法国"))).describeClasses(0));
  }

  @Test
  void latinRunsAndPunctuationAreTokensToo() {
    WordView view = WordView.of(characters.view(List.of("在", "GPS", "上", "。")));
    assertEquals("S", view.describe(1).split(" ")[0]);
    assertEquals("S", view.describe(3).split(" ")[0]);
  }
}
