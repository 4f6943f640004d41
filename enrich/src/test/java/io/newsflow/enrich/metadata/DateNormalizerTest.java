package io.newsflow.enrich.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateNormalizerTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
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
  @CsvSource(
      delimiter = '|',
      value = {
        "https://example.com/news/2019/04/28/halibut-boat/ | 2019-04-28",
        "https://example.com/2015-7-3-story                | 2015-07-03",
      })
  void readsTheDateSpelledInTheUrlPath(String url, String date) {
    assertEquals(date, DateNormalizer.fromUrl(url));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "2020-02-29T24:00Z",
        "2021-02-29T10:00Z",
        "2020-01-01T10:00:60",
        "2020-01-01T10:61",
        "2020-01-01T10:30.5Z",
        "2020-01-01T10:30+18:00",
        "2020-01-01T10:30+19",
        "2020-01-01T10:30-00:00",
        "2020-01-01T9:05:07,1200+0530",
        "0000-02-29T00:00:00.000000000Z"
      })
  void fastPathAgreesWithTheFormatterOnEdgeCases(String raw) {
    assertEquals(DateNormalizer.normalize(raw, true), DateNormalizer.normalize(raw));
  }

  @Test
  void fastPathAgreesWithTheFormatterOnGeneratedDates() {
    Random random = new Random(42);
    String[] offsets = {"", "Z", " Z", "+", "-", "+:", "-:"};
    for (int i = 0; i < 20_000; i++) {
      StringBuilder s = new StringBuilder();
      s.append(
          String.format(
              Locale.ROOT,
              "%04d-%02d-%02d",
              random.nextInt(2100),
              random.nextInt(14),
              random.nextInt(33)));
      s.append(random.nextBoolean() ? 'T' : ' ');
      s.append(
          random.nextBoolean()
              ? String.valueOf(random.nextInt(26))
              : String.format(Locale.ROOT, "%02d", random.nextInt(26)));
      s.append(String.format(Locale.ROOT, ":%02d", random.nextInt(62)));
      if (random.nextInt(4) > 0) {
        s.append(String.format(Locale.ROOT, ":%02d", random.nextInt(62)));
      }
      if (random.nextInt(3) == 0) {
        s.append(random.nextBoolean() ? '.' : ',')
            .append(
                String.format(Locale.ROOT, "%09d", random.nextInt(1_000_000_000)),
                0,
                1 + random.nextInt(9));
      }
      String offset = offsets[random.nextInt(offsets.length)];
      if (offset.startsWith("+") || offset.startsWith("-")) {
        offset =
            offset.charAt(0)
                + String.format(Locale.ROOT, "%02d", random.nextInt(20))
                + (offset.length() > 1 ? ":" : "")
                + (random.nextInt(4) > 0
                    ? String.format(Locale.ROOT, "%02d", random.nextInt(62))
                    : "");
      }
      String raw = s + offset;
      assertEquals(DateNormalizer.normalize(raw, true), DateNormalizer.normalize(raw), raw);
    }
  }
}
