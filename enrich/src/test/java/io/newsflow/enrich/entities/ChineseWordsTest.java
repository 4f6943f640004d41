package io.newsflow.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** HanLP portable as the character tagger reads it: from its own jar, offsets on the given text. */
class ChineseWordsTest {
  private static String text(String s, ChineseWords.Word w) {
    return s.substring(w.start(), w.end());
  }

  @Test
  void wordsCoverTheTextInOrderAndNameTheirTypes() {
    String s = "国家主席习近平在北京会见了法国总统马克龙。";
    List<ChineseWords.Word> words = ChineseWords.of(s);
    int at = 0;
    for (ChineseWords.Word w : words) {
      assertEquals(at, w.start(), "words must cover the text without gaps");
      at = w.end();
    }
    assertEquals(s.length(), at);
    assertTrue(
        words.stream().anyMatch(w -> text(s, w).equals("习近平") && "PER".equals(w.nameType())));
    assertTrue(words.stream().anyMatch(w -> text(s, w).equals("北京") && "LOC".equals(w.nameType())));
    assertTrue(words.stream().anyMatch(w -> text(s, w).equals("主席") && w.nameType() == null));
  }

  @Test
  void traditionalTextIsSegmentedAsSimplifiedWithItsOwnOffsets() {
    String traditional = "國家主席習近平在北京會見了法國總統馬克龍。";
    assertEquals("国家主席习近平在北京会见了法国总统马克龙。", ChineseWords.simplified(traditional));
    assertTrue(
        ChineseWords.of(traditional).stream()
            .anyMatch(w -> text(traditional, w).equals("習近平") && "PER".equals(w.nameType())));
  }

  @Test
  void dictionaryWordsNameTheirTypeWhateverTheContext() {
    assertEquals("LOC", ChineseWords.dictionaryNameType("法国"));
    assertEquals("ORG", ChineseWords.dictionaryNameType("北京大学"));
    assertEquals("PER", ChineseWords.dictionaryNameType("习近平"));
    assertNull(ChineseWords.dictionaryNameType("主席"));
  }

  @Test
  void hanlpNaturesMapToEntityTypes() {
    assertEquals("PER", ChineseWords.nameType("nrf"));
    assertEquals("LOC", ChineseWords.nameType("nsf"));
    assertEquals("ORG", ChineseWords.nameType("ntc"));
    assertNull(ChineseWords.nameType("nz"));
    assertNull(ChineseWords.nameType("n"));
    assertTrue(ChineseWords.of("").isEmpty());
  }
}
