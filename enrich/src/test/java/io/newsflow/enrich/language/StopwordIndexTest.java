package io.newsflow.enrich.language;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

class StopwordIndexTest {
  private final StopwordIndex index =
      new StopwordIndex(
          Map.of(
              "the",
              new int[] {0},
              "für",
              new int[] {1, 2},
              "σας",
              new int[] {3},
              "of",
              new int[] {0, 4}));

  private int[] lookup(String text, int start, int end) {
    return index.lookup(text, start, end, new char[index.longest()]);
  }

  @Test
  void findsAWordWhereItStandsWhateverItsCase() {
    assertArrayEquals(new int[] {0}, lookup("In THE end", 3, 6));
    assertArrayEquals(new int[] {1, 2}, lookup("Für", 0, 3));
    assertArrayEquals(new int[] {0, 4}, lookup("xOf", 1, 3));
  }

  @Test
  void lowerCasesACapitalSigmaByItsPlaceAsTheTextsLowerCaseDoes() {
    // "ΣΑΣ" lower-cases to "σας" (a final sigma at the end), not to "σασ" char by char
    assertArrayEquals(new int[] {3}, lookup("ΣΑΣ", 0, 3));
  }

  @Test
  void findsNoPrefixExtensionOrOtherWord() {
    assertNull(lookup("then", 0, 4));
    assertNull(lookup("th", 0, 2));
    assertNull(lookup("off", 0, 3));
    assertNull(lookup("fur", 0, 3));
    assertNull(lookup("a\uD835\uDC00b", 0, 4)); // a supplementary letter, longer than any stopword
  }
}
