package io.newsflow.encoding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.Charset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LocaleFallbackTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "ar, windows-1256",
    "AR-eg, windows-1256",
    "cs-CZ, windows-1250",
    "pl, ISO-8859-2",
    "ru_RU, windows-1251",
    "tr, windows-1254",
    "ja-JP, windows-31j",
    "ko, x-windows-949",
    "zh, GB18030",
    "zh-CN, GB18030",
    "zh-TW, Big5-HKSCS",
    "zh-Hant-HK, Big5-HKSCS",
    "th, x-windows-874"
  })
  void aLanguageGetsItsLocalesLegacyCharset(String lang, String charset) {
    assertEquals(Charset.forName(charset), LocaleFallback.forLanguage(lang));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "en",
        "de-AT",
        "fr",
        "",
        "x",
        "a-very-long-tag-that-is-no-language-at-all-xxxxxxxx"
      })
  void languagesOfWindows1252AndUnknownOnesGetNone(String lang) {
    assertNull(LocaleFallback.forLanguage(lang));
  }
}
