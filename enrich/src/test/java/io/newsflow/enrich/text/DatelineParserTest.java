package io.newsflow.enrich.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsflow.enrich.metadata.Dateline;
import io.newsflow.enrich.rules.BoilerplateRules;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which lines of a text page are datelines, their dates read by the HTML extractor's reader. */
class DatelineParserTest {
  private static final BoilerplateRules RULES =
      BoilerplateRules.fromClasspath(BoilerplateRules.DEFAULT_RESOURCE);
  private static final DatelineParser PARSER =
      new DatelineParser(Dateline.from(RULES), RULES.thresholds());

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "May 9, 2025                                       | 2025-05-09",
        "date 2025-05-09                                   | 2025-05-09",
        "9:25 09.05.2025 •                                 | 2025-05-09T09:25:00",
        "Published Friday, 9. Mai 2025                     | 2025-05-09",
        "1 de diciembre de 2017 3:00 AM PST                | 2017-12-01T03:00:00",
        "TNW中文站 2016年10月14日07:17                        | 2016-10-14T07:17:00",
        "On 5 May 2025 the council voted to close it       | -",
        "此分類上一篇： 美樹營地 - 探訪老鷹溪 (下) 2011/12/18      | -",
        "Chinese President Xi Jinping arrived in Moscow on May 8, 2025 for talks | -",
        "13 C New York                                     | -",
      })
  void aShortLineThatIsMostlyADateIsADateline(String line, String iso) {
    assertEquals(iso, PARSER.parse(line.strip()));
  }
}
