package io.newsflow.enrich.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.enrich.html.ArticleExtractor;
import io.newsflow.enrich.rules.BoilerplateRules;
import io.newsflow.enrich.rules.DateWords;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatelineTest {
  private static final Dateline DATELINE =
      Dateline.from(BoilerplateRules.fromClasspath(BoilerplateRules.DEFAULT_RESOURCE));

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Published May 9, 2025 at 6:01 pm                 | 2025-05-09T18:01:00",
        "April 28, 2019 at 6:01 a.m.                      | 2019-04-28T06:01:00",
        "Sept. 25, 2018                                   | 2018-09-25",
        "By Jane Doe • 3 March 2024                       | 2024-03-03",
        "Stand: 10.01.2024 06:30 Uhr                      | 2024-01-10T06:30:00",
        "Veröffentlicht am 10. Januar 2024, 14:15 Uhr     | 2024-01-10T14:15:00",
        "Par Claire Dupont, publié le 5 février 2024 à 18h02 | 2024-02-05T18:02:00",
        "1er mars 2023                                    | 2023-03-01",
        "5 de febrero de 2024                             | 2024-02-05",
        "12 settembre 2022 alle 09:30                     | 2022-09-12T09:30:00",
        "3 de março de 2021                               | 2021-03-03",
        "5 februari 2024 om 10:15                         | 2024-02-05T10:15:00",
        "15 марта 2024, 12:40                             | 2024-03-15T12:40:00",
        "2024年3月19日 13:05                               | 2024-03-19T13:05:00",
        "发稿时间：2017-03-10 08:42:00 来源：人民日报        | 2017-03-10T08:42:00",
        "2024年11月15日10时32分                             | 2024-11-15T10:32:00",
        "2024년 3월 19일 오후                                | 2024-03-19",
        "١٢ مارس ٢٠٢٤                                     | 2024-03-12",
        "الثلاثاء 5 آذار 2024                             | 2024-03-05",
        "2019/04/28                                       | 2019-04-28",
        "May 9, 2025, 6:01\u202FPM                         | 2025-05-09T18:01:00",
        "May 9, 2025 12:30 pm                             | 2025-05-09T12:30:00",
        "May 9, 2025 12:05 a.m.                           | 2025-05-09T00:05:00",
        "9 de mayo de 2025, 6:01 p. m.                    | 2025-05-09T18:01:00",
        "2024年3月19日 午後1時05分                          | 2024-03-19T13:05:00",
        "2024年3月19日 午後0時30分                          | 2024-03-19T12:30:00",
        "2024년 3월 19일 오후 3시 05분                      | 2024-03-19T15:05:00",
        "12 مارس 2024 الساعة 6:01 م                        | 2024-03-12T18:01:00",
        "May 9, 2025 · 3h45 min read                      | 2025-05-09",
        "9:25 09.05.2025 •                                | 2025-05-09T09:25:00",
        "9:25 pm, May 9, 2025                             | 2025-05-09T21:25:00",
      })
  void readsDatesAsReadersSeeThem(String text, String iso) {
    assertEquals(iso, DATELINE.find(text.strip(), null).iso());
  }

  @Test
  void slashDatesAreMonthFirstOnlyInEnglishUnlessAPartSaysOtherwise() {
    assertEquals("2024-04-03", DATELINE.find("04/03/2024", "en").iso());
    assertEquals("2024-03-04", DATELINE.find("04/03/2024", "fr").iso());
    assertEquals("2024-03-25", DATELINE.find("25/03/2024", "en").iso());
    assertEquals("2024-03-25", DATELINE.find("03/25/2024", "de").iso());
    assertEquals("2024-01-10", DATELINE.find("10/01/2024", "en-GB").iso());
    assertEquals("2024-10-01", DATELINE.find("10/01/2024", "en-US").iso());
  }

  @Test
  void skipsADateLabelledAsAnUpdate() {
    assertEquals(
        "2019-04-28T06:01:00",
        DATELINE
            .find("Updated April 29, 2019 at 3:33 pm | Posted April 28, 2019 at 6:01 am", null)
            .iso());
    assertNull(DATELINE.find("Mis à jour le 6 février 2024", null));
    assertNull(DATELINE.find("Aktualisiert am 10.01.2024", null));
  }

  @Test
  void readsTheMonthNamesOfTheRules() {
    BoilerplateRules rules = BoilerplateRules.fromClasspath(BoilerplateRules.DEFAULT_RESOURCE);
    List<List<String>> polish =
        Stream.of(
                "stycznia",
                "lutego",
                "marca",
                "kwietnia",
                "maja",
                "czerwca",
                "lipca",
                "sierpnia",
                "września",
                "października",
                "listopada",
                "grudnia")
            .map(List::of)
            .toList();
    DateWords words = rules.dates();
    DateWords withPolish =
        new DateWords(
            Map.of("pl", polish),
            words.updateLabels(),
            words.timeLeads(),
            words.beforeTime(),
            words.afterTime());
    Dateline reader = new Dateline(withPolish, rules.thresholds().dates());
    assertNull(DATELINE.find("9 maja 2025", null));
    assertEquals("2025-05-09", reader.find("9 maja 2025", null).iso());
    assertNull(reader.find("9 May 2025", null), "only the months of the rules");
  }

  @Test
  void refusesWhatIsNoDate() {
    assertNull(DATELINE.find("31.02.2024", null));
    assertNull(DATELINE.find("5 May 1850", null), "outside the years of web news");
    assertNull(DATELINE.find("12345 May 2024", null));
    assertNull(DATELINE.find("The mayor spoke for 25 minutes.", null));
    assertNull(DATELINE.find("", null));
  }

  @Test
  void tellsADatelineFromASentenceWithADate() {
    assertTrue(DATELINE.isOnlyADate("Stand: 10.01.2024 06:30 Uhr", "de"));
    assertTrue(DATELINE.isOnlyADate("Published: Sept. 25, 2018", "en"));
    assertTrue(DATELINE.isOnlyADate("2024年3月19日 13:05", null));
    assertFalse(DATELINE.isOnlyADate("On 5 May 2024 the council voted to close the bridge.", "en"));
    assertFalse(DATELINE.isOnlyADate("Tuesday's storm", "en"));
    assertFalse(DATELINE.isOnlyADate("2024年3月19日，国务院召开常务会议。", null), "a Chinese sentence");
    assertFalse(DATELINE.isOnlyADate("2024年3月19日国务院召开常务会议", null), "Han letters weigh as words");
    assertFalse(DATELINE.isOnlyADate("Berlin, 10.01.2024: 3 Tote", "de"));
    assertTrue(Dateline.endsLikeASentence("Tickets go on sale Friday."));
    assertFalse(Dateline.endsLikeASentence("April 21, 2015, at 11:29 a.m."));
  }

  private static final String STORY =
      "<p>The council met on Tuesday evening to discuss the plan for the"
          + " new bridge, which has been debated for more than ten years by residents and officials.</p>"
          + "<p>Several members said the cost had doubled since the first estimate, and asked for a new"
          + " study before any contract is signed with the builders who bid last spring.</p>";

  private static String published(String html) {
    return ArticleExtractor.withDefaultRules()
        .extract(
            org.jsoup.Jsoup.parse(
                "<html><body>" + html + "</body></html>", "https://news.example.org/story"))
        .publishedTime();
  }

  @Test
  void thePageDatelineUnderTheHeadlineBecomesThePublishedTime() {
    assertEquals(
        "2025-05-09T18:01:00",
        published(
            "<article><h1>Bridge plan stalls</h1><p class=meta>By Jane Doe | May 9, 2025 at 6:01 pm</p>"
                + STORY
                + "</article>"));
  }

  @Test
  void datesThatAreNoDatelineAreNotThePublishedTime() {
    assertNull(
        published(
            "<article><h1>Bridge plan stalls</h1><p>Tickets for the 12 May 2030 show go on sale Friday.</p>"
                + STORY
                + "</article>"),
        "a sentence");
    assertNull(
        published(
            "<article><h1>Bridge plan stalls</h1><div hidden><span>1 January 2001</span></div>"
                + STORY
                + "</article>"),
        "hidden");
    assertNull(
        published(
            "<header><h1 class=logo>Courier</h1><nav><span>Samstag, 11. Januar 2025</span>"
                + "<a href=/a>Politik</a></nav></header><article><h2>Bridge plan stalls</h2>"
                + STORY
                + "</article>"),
        "today's date in the navigation");
    assertNull(
        published(
            "<article><h1>Bridge plan stalls</h1><table><tr><th>Founded</th><td>February 28, 1998</td></tr>"
                + "</table>"
                + STORY
                + "</article>"),
        "a fact in a table");
  }
}
