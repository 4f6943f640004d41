package io.newsflow.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
  private final Tokenizer tokenizer = Tokenizer.loadDefault();
  private final SentenceSplitter splitter = new SentenceSplitter();

  private List<String> sentences(String text) {
    return splitter.split(text, tokenizer.tokenize(text)).stream()
        .map(s -> String.join(" ", s.stream().map(Token::text).toList()))
        .toList();
  }

  @Test
  void doesNotSplitAfterAbbreviations() {
    assertEquals(
        List.of("Gov. Smith met Dr. Lee in the U.S. on Jan. 5 .", "Then he left ."),
        sentences("Gov. Smith met Dr. Lee in the U.S. on Jan. 5. Then he left."));
  }

  @Test
  void splitsAfterClosingQuotes() {
    assertEquals(
        List.of("He said : \u201c We win . \u201d", "Xi agreed ."),
        sentences("He said: \u201cWe win.\u201d Xi agreed."));
  }

  @Test
  void splitsAtLineBreaksUnlessTheLineContinuesInLowerCase() {
    assertEquals(
        List.of(
            "Xi and Putin Unite Against Bullying",
            "Chinese President Xi Jinping told",
            "Russia 's Vladimir Putin of their ' dual containment ' plan ."),
        sentences(
            "Xi and Putin Unite Against Bullying\nChinese President Xi Jinping told\n"
                + "Russia's Vladimir Putin of their '\ndual containment' plan."));
  }

  @Test
  void paragraphsAlwaysSplit() {
    assertEquals(List.of("he told", "reporters ."), sentences("he told\n \nreporters."));
  }

  @Test
  void splitsDatelineFromStory() {
    assertEquals(
        List.of("MOSCOW ( Reuters ) -", "Chinese President Xi Jinping arrived ."),
        sentences("MOSCOW (Reuters) - Chinese President Xi Jinping arrived."));
  }
}
