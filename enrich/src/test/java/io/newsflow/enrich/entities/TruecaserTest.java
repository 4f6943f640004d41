package io.newsflow.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TruecaserTest {
  private final Truecaser truecaser =
      new Truecaser(new Lexicon(Map.of("trade", 50, "against", 80)));

  @Test
  void recognisesTitleCaseHeadlines() {
    assertTrue(
        Truecaser.isTitleCase(List.of("Xi", "and", "Putin", "Unite", "Against", "Bullying")));
    assertFalse(
        Truecaser.isTitleCase(List.of("Xi", "and", "Putin", "met", "in", "Moscow", "today")));
    assertFalse(
        Truecaser.isTitleCase(List.of("XI", "AND", "PUTIN", "UNITE", "AGAINST", "BULLYING")));
  }

  @Test
  void lowersCommonWordsOfHeadlinesOnly() {
    List<List<String>> document =
        List.of(
            List.of("Xi", "and", "Putin", "Unite", "Against", "Bullying", "Amid", "Trade", "Talks"),
            List.of(
                "They", "oppose", "bullying", ",", "Putin", "said", "at", "Unite", "Hall", "."));
    List<List<String>> out = truecaser.apply(document);
    assertEquals(
        List.of("Xi", "and", "Putin", "Unite", "against", "bullying", "Amid", "trade", "Talks"),
        out.get(0));
    assertEquals(document.get(1), out.get(1));
  }
}
