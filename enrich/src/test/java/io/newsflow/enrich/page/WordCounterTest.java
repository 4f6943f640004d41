package io.newsflow.enrich.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordCounterTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "0|",
        "0|  -- ... !",
        "4|The 3 little pigs",
        "4|It's a well-known fact",
        "3|Don’t stop now",
        "2|e-mail, x",
        "4|Größe über 10 Meter",
        "3|Он сказал вчера",
        "5|习近平说了",
        "4|In 东京 today",
        "2|a\uD835\uDC00b c",
      })
  void countsWordsOfEveryScript(int expected, String text) {
    assertEquals(expected, WordCounter.count(text == null ? "" : text));
  }
}
