package io.newsflow.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WordNumbersTest {
  @Test
  void numbersWordsInOrderOfFirstAppearance() {
    WordNumbers numbers = new WordNumbers(6);
    assertEquals(0, numbers.number("putin"));
    assertEquals(1, numbers.number("met"));
    assertEquals(0, numbers.number(new String("putin"))); // equal, not the same instance
    assertEquals(2, numbers.number("xi"));
    assertEquals(1, numbers.number("met"));
    assertEquals(3, numbers.count());
  }

  @Test
  void tellsApartWordsWithTheSameHashWhenFull() {
    // "Aa" and "BB" share a hash code, as do "AaAa", "AaBB", "BBAa" and "BBBB".
    String[] words = {"Aa", "BB", "AaAa", "AaBB", "BBAa", "BBBB"};
    WordNumbers numbers = new WordNumbers(words.length);
    for (int i = 0; i < words.length; i++) {
      assertEquals(i, numbers.number(words[i]));
    }
    for (int i = words.length - 1; i >= 0; i--) {
      assertEquals(i, numbers.number(words[i]));
    }
    assertEquals(words.length, numbers.count());
  }
}
