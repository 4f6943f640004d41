package io.newsflow.tools.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class TitleTextTest {
  @Test
  void invisibleCharactersSpacesAndCompositionDoNotCount() {
    assertEquals(
        TitleText.norm("Trump plant Helikopterlandeplatz"),
        TitleText.norm(" Trump  plant\u00A0Helikopter\u00ADlandeplatz\u200B"));
    assertEquals(TitleText.norm("Caf\u00E9 reopens"), TitleText.norm("Cafe\u0301 reopens"));
  }

  @Test
  void quotesDashesAndCaseStillCount() {
    assertNotEquals(TitleText.norm("Swift\u2019s best work"), TitleText.norm("Swift's best work"));
    assertNotEquals(
        TitleText.norm("Rates rise \u2013 again"), TitleText.norm("Rates rise - again"));
    assertNotEquals(TitleText.norm("Rates Rise"), TitleText.norm("Rates rise"));
  }
}
