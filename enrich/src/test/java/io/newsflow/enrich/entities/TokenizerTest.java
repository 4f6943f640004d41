package io.newsflow.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {
  private final Tokenizer tokenizer = Tokenizer.loadDefault();

  private List<String> words(String text) {
    return tokenizer.tokenize(text).stream().map(Token::text).toList();
  }

  @Test
  void keepsAcronymsAndAbbreviationsWhole() {
    assertEquals(
        List.of("U.S.", "Gov.", "Smith", "met", "Dr.", "Lee", "on", "Jan.", "5", "."),
        words("U.S. Gov. Smith met Dr. Lee on Jan. 5."));
    assertEquals(List.of("the", "U.N.", "Security", "Council"), words("the U.N. Security Council"));
  }

  @Test
  void endsSentenceFinalWordsBeforeThePeriod() {
    assertEquals(List.of("He", "left", ".", "But", "then", "..."), words("He left.But then..."));
  }

  @Test
  void splitsQuotesOfEveryKind() {
    assertEquals(
        List.of("\u201c", "friends", "of", "steel", "\u201d", ","),
        words("\u201cfriends of steel\u201d,"));
    assertEquals(
        List.of("\u2018", "dual", "containment", "\u2019"), words("\u2018dual containment\u2019"));
    assertEquals(List.of("\"", "Bullying", "\"", "'", "no", "'"), words("\"Bullying\" 'no'"));
  }

  @Test
  void splitsClitics() {
    assertEquals(List.of("Russia", "\u2019s", "view"), words("Russia\u2019s view"));
    assertEquals(List.of("Taiwan", "'s", "president"), words("Taiwan's president"));
    assertEquals(List.of("We", "do", "n't", "know"), words("We don't know"));
    assertEquals(List.of("O'Neill", "said"), words("O'Neill said"));
  }

  @Test
  void keepsHyphenatedWordsAndNumbersWhole() {
    assertEquals(
        List.of("Lai", "Ching-te", "paid", "$", "1,000.50", "on", "1996-08-22"),
        words("Lai Ching-te paid $1,000.50 on 1996-08-22"));
    assertEquals(List.of("U.S.", "-", "China", "trade"), words("U.S.-China trade"));
    assertEquals(
        List.of("Taiwan", "\u2013", "a", "self-governing", "island"),
        words("Taiwan \u2013 a self-governing island"));
  }

  @Test
  void splitsDatelines() {
    assertEquals(
        List.of("MOSCOW", "(", "Reuters", ")", "-", "Chinese"),
        words("MOSCOW (Reuters) - Chinese"));
  }

  @Test
  void offsetsMapBackToTheText() {
    String text =
        "  \u201cXi\u2019s China,\u201d said U.S.\nPresident Donald Trump\u2014on Jan. 5 (AP).\n\n"
            + "Ann Wang/Reuters \u00e9t\u00e9 1.5%";
    List<Token> tokens = tokenizer.tokenize(text);
    int previousEnd = 0;
    for (Token token : tokens) {
      assertEquals(token.text(), text.substring(token.start(), token.end()));
      assertEquals("", text.substring(previousEnd, token.start()).strip());
      previousEnd = token.end();
    }
    assertEquals("", text.substring(previousEnd).strip());
  }
}
