package io.newsflow.enrich.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateNormalizerTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "2021-11-01T10:52:50+0100         | 2021-11-01T10:52:50+01:00",
    "2019-01-03T07:00:02.000Z         | 2019-01-03T07:00:02Z",
    "2015-07-24T05:36:09+01:00        | 2015-07-24T05:36:09+01:00",
    "2017-11-03 03:01:00.000000       | 2017-11-03T03:01:00",
    "2015-04-30T07:19:58              | 2015-04-30T07:19:58",
    "2024-06-25                       | 2024-06-25",
    "Fri, 24 Jul 2015 05:36:09 GMT    | 2015-07-24T05:36:09Z",
  })
  void writesIso8601KeepingTheOffsetWhenThePageGivesOne(String raw, String iso) {
    assertEquals(iso, DateNormalizer.normalize(raw));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "yesterday", "2021-13-45", "12/03/2020"})
  void returnsNullForTextThatIsNoDate(String raw) {
    assertNull(DateNormalizer.normalize(raw));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "https://example.com/news/2019/04/28/halibut-boat/ | 2019-04-28",
    "https://example.com/2015-7-3-story                | 2015-07-03",
  })
  void readsTheDateSpelledInTheUrlPath(String url, String date) {
    assertEquals(date, DateNormalizer.fromUrl(url));
  }
}
