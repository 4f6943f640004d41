package io.newsflow.enrich.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageGuesserTest {
  static final LanguageGuesser GUESSER = LanguageGuesser.withDefaultProfiles();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en|The leaders of China and Russia vowed to deepen their partnership in a show of solidarity in Moscow on Thursday.",
        "de|Der chinesische Präsident hat am Donnerstag in Moskau gesagt, dass die beiden Länder ihre Zusammenarbeit ausbauen wollen und sich nicht spalten lassen.",
        "fr|Le président chinois a déclaré jeudi à Moscou que les deux pays devaient être des amis d'acier et renforcer leur coopération dans tous les domaines.",
        "es|El presidente chino dijo el jueves en Moscú que los dos países deben ser amigos de acero y que la cooperación entre ellos es muy importante para el mundo.",
        "ru|Председатель КНР заявил в четверг в Москве, что две страны должны быть стальными друзьями и что это не направлено против кого бы то ни было.",
        "ar|قال الرئيس الصيني في موسكو يوم الخميس إن البلدين يجب أن يكونا صديقين من الفولاذ وأن التعاون بينهما في هذه المرحلة مهم جدا",
        "zh|中国国家主席习近平星期四在莫斯科对俄罗斯总统普京说，两国应该成为钢铁般的朋友。",
        "ja|中国の習近平国家主席は木曜日、モスクワでロシアのプーチン大統領と会談し、両国は鋼鉄の友であるべきだと述べた。",
      })
  void tellsTheLanguageOfNewsText(String expected, String text) {
    assertEquals(expected, GUESSER.guess(text));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"Hi", "12345 67890 !!!", "Xi Jinping Vladimir Putin Lai Ching-te Donald Trump"})
  void saysNothingWhenTheTextDoesNotTell(String text) {
    assertNull(GUESSER.guess(text));
  }
}
