package io.newsflow.enrich.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TitleSupportTest {
  @Test
  void aSourceRepeatsATitleItHoldsWithAKickerOrASiteNameWhateverTheQuoteMarks() {
    TitleSupport support =
        new TitleSupport(
            Arrays.asList(
                "Strike: Dockers vote “no” again | Port News",
                "Dockers vote &quot;no&quot; again",
                "Dockers vote 'no' again",
                null,
                "Council meets on Friday"),
            0.5);
    assertEquals(3, support.of("Dockers vote \"no\" again"));
    assertEquals(1, support.of("Council meets on Friday"));
    assertEquals(0, support.of("Weather"));
  }

  @Test
  void aSourceDoesNotRepeatATitleThatIsLessThanTheShareOfItsText() {
    TitleSupport support =
        new TitleSupport(
            Arrays.asList("Dockers vote no again after a long night of talks at the port"), 0.5);
    assertEquals(0, support.of("Dockers vote no again"));
    assertEquals(1, support.of("Dockers vote no again after a long night of talks"));
  }
}
