package io.newsflow.encoding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Pages with no declared charset nor language, in each legacy Latin charset (texts written here).
 */
class LatinLettersTest {
  @ParameterizedTest(name = "{0} in {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "tr | windows-1254 | Belediye başkanı, şehirdeki yeni otobüs hatlarının gelecek yıl"
            + " açılacağını söyledi. Ulaştırma bakanlığı projeyi destekliyor.",
        "tr | iso-8859-9   | Belediye başkanı, şehirdeki yeni otobüs hatlarının gelecek yıl"
            + " açılacağını söyledi. Ulaştırma bakanlığı projeyi destekliyor.",
        "pl | windows-1250 | Rada miasta zdecydowała, że nowe linie autobusowe połączą"
            + " północne dzielnice z portem. Mieszkańcy czekali na to wiele lat, ale właściciele"
            + " sklepów się obawiają.",
        "pl | iso-8859-2   | Rada miasta zdecydowała, że nowe linie autobusowe połączą"
            + " północne dzielnice z portem. Mieszkańcy czekali na to wiele lat, ale właściciele"
            + " sklepów się obawiają.",
        "cs | windows-1250 | Městská rada ve středu rozhodla, že nové autobusové linky propojí"
            + " severní předměstí s přístavem. Obyvatelé na to čekali řadu let, říká starosta. Děti se těší.",
        "cs | iso-8859-2   | Městská rada ve středu rozhodla, že nové autobusové linky propojí"
            + " severní předměstí s přístavem. Obyvatelé na to čekali řadu let, říká starosta. Děti se těší.",
        "lt | windows-1257 | Miesto taryba antradienį nusprendė, kad naujos autobusų linijos"
            + " sujungs šiaurinius priemiesčius su uostu. Gyventojai laukė šito daug metų, sakė"
            + " merė, o parduotuvių savininkai būgštauja dėl mokesčių.",
        "is | windows-1252 | Borgarráð ákvað á þriðjudag að bæta við tólf strætóleiðum sem"
            + " tengja úthverfin við höfnina. Íbúarnir hafa beðið í mörg ár eftir því.",
        "it | windows-1252 | Il consiglio comunale ha deciso così: più autobus, e la città sarà"
            + " più vicina al porto. È una scelta che i cittadini aspettavano da anni, dicono.",
        "fr | windows-1252 | Le réservoir de 120 m³ sera au cœur du chantier : une œuvre"
            + " de trois ans, dit la maire, et chaque m³ d'eau économisé compte. Sa sœur, élue,"
            + " a voté pour ; 40 m³ de plus sont prévus. Les élèves ont été très intéressés.",
        "da | windows-1252 | Byrådet besluttede tirsdag at udvide busnettet med tolv ruter, så"
            + " forstæderne får forbindelse til havnen. Beboerne har ventet i årevis på det.",
        "es | windows-1252 | ¿Cuándo llegarán los autobuses? ¿Y quién pagará? El ayuntamiento"
            + " aprobó el plan, que cuesta unos cuarenta millones, el martes por la mañana.",
        "en | windows-1252 | The plan costs about £40m, or £3 a resident, and the new depot"
            + " holds 2,000 m³ of fuel; the mayor said the £40m would be well spent.",
      })
  void readsEachLanguageInItsCharset(String language, String charset, String text) {
    byte[] bytes = page(text, charset);
    Charset detected = LegacyDetector.detect(bytes, 0, null);
    assertEquals(text, new String(bytes, detected).substring(15, 15 + text.length()), language);
  }

  @ParameterizedTest(name = "{0} in {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "tr | windows-1254 | windows-1254 | Belediye başkanı, şehirdeki yeni otobüs hatlarının"
            + " gelecek yıl açılacağını söyledi.",
        "pl | iso-8859-2   | ISO-8859-2   | Rada miasta zdecydowała, że nowe linie autobusowe"
            + " połączą północne dzielnice z portem, mówią mieszkańcy, ale są też obawy.",
        "de | windows-1252 | windows-1252 | Die Bürger äußern sich über die Straßenbahn und die"
            + " Gebühren für 20 m³ Wasser, die für 120 m³ nötig wären.",
      })
  void aServersLatin1HeaderGivesWayToTheLettersSigns(
      String language, String charset, String expected, String text) {
    ResolvedCharset resolved = CharsetResolver.resolve(page(text, charset), "iso-8859-1");
    assertEquals(Charset.forName(expected), resolved.charset(), language);
  }

  private static byte[] page(String text, String charset) {
    return ("<html><body><p>" + text + "</p></body></html>").getBytes(Charset.forName(charset));
  }
}
