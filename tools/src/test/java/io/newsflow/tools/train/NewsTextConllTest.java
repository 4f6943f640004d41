package io.newsflow.tools.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsflow.enrich.entities.TokenScheme;
import java.util.List;
import org.junit.jupiter.api.Test;

class NewsTextConllTest {
  @Test
  void textIsCutIntoTheTaggersSentencesAndTokens() {
    assertEquals(
        List.of(
            List.of("Die", "Sonde", "fliegt", "z.B.", "weit", "."),
            List.of("Der", "Start", "war", "in", "Kourou", "."),
            List.of("Ein", "neuer", "Absatz")),
        NewsTextConll.sentences(
            "Die Sonde fliegt z.B. weit. Der Start war in Kourou.\n\nEin neuer Absatz",
            TokenScheme.WORDS));
  }
}
