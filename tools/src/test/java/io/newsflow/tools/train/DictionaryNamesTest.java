package io.newsflow.tools.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DictionaryNamesTest {
  @ParameterizedTest
  @CsvSource({
    "nl, ENM:PER, PER",
    "nl, ENM:LOC, LOC",
    "nl, ENM:ORG, ORG",
    "es, NPCNSP0A, PER",
    "es, NPCSG00A, LOC",
    "es, NPFSO00A, ORG",
    "de, EIG:NOM:SIN:MAS:ART:VOR, PER",
    "de, EIG:GEN:SIN:FEM:ART:NAC, PER",
    "de, EIG:DAT:SIN:NEU:ART:STD, LOC",
    "de, EIG:NOM:SIN:NEU:NOA:COU, LOC",
    "ru, NN:Fam:Masc:Sin:Nom, PER",
    "ru, NN:Name:Fem:Sin:Nom, PER",
  })
  void eachDictionarysNameTagsGiveTheirType(String language, String tag, String type) {
    assertEquals(type, DictionaryNames.type(language, tag));
  }

  @ParameterizedTest
  @CsvSource({
    "nl, ZNW:EK",
    "nl, ENM:BEZ",
    "es, NCMS000",
    "es, NPCNV00A",
    "de, SUB:NOM:SIN:MAS",
    "de, EIG:NOM:SIN:NEU:NOA:ORG",
    "ru, NN:Inanim:Masc:Sin:Nom",
  })
  void commonWordsAndUntypedNamesAreNoNames(String language, String tag) {
    assertNull(DictionaryNames.type(language, tag));
  }

  @Test
  void aLanguageWithoutKnownNameTagsIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> DictionaryNames.type("pt", "NPMS000"));
  }
}
