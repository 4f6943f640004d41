package io.newsflow.enrich.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which class and id words count as hints. */
class HintTokensTest {

  @Test
  void wholeNamesAndTheirParts() {
    assertEquals(
        List.of("share-bar", "share", "bar", "readmore", "read", "more"),
        HintTokens.of("share-bar readMore", ""));
  }

  @Test
  void utilityClassesUnderAVariantOrWithAnArbitraryValueSayNothing() {
    // "print:hidden" and its kind style the element in one context: on the article's own
    // paragraphs they must not read as "hidden" or "print"
    assertEquals(
        List.of("my-6", "my", "6", "related", "group"),
        HintTokens.of(
            "my-6 print:break-inside-avoid desktop:[.floated_&]:mt-0 md:flex related group", ""));
  }
}
