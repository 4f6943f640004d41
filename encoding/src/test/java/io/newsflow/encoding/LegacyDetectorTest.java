package io.newsflow.encoding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LegacyDetectorTest {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  @Test
  void theExcerptKeepsTheNonAsciiBytesWithTheirWordsAndDropsTheMarkup() {
    String script = "<script>" + "var x = 1;".repeat(500) + "</script>";
    byte[] page =
        (script + "<p>Die Bürger äußern sich.</p>" + script + "<p>Grüße</p>")
            .getBytes(WINDOWS_1252);
    String excerpt = new String(LegacyDetector.excerpt(page, 0), WINDOWS_1252);
    assertTrue(excerpt.contains("<p>Die Bürger äußern sich.</p>"), excerpt);
    assertTrue(excerpt.contains("<p>Grüße</p>"), excerpt);
    assertTrue(excerpt.length() < 200, excerpt.length() + " bytes");
  }

  @Test
  void theExcerptIsBounded() {
    byte[] text = SampleTexts.of("zh").repeat(1000).getBytes(Charset.forName("GBK"));
    assertEquals(16 * 1024, LegacyDetector.excerpt(text, 0).length);
  }

  @Test
  void anArabicPageIsReadByItsLanguageWhereTheDetectorHasNoModel() {
    byte[] text = SampleTexts.of("ar").getBytes(Charset.forName("windows-1256"));
    assertEquals(Charset.forName("windows-1256"), LegacyDetector.detect(text, 0, "ar"));
    assertEquals(
        Charset.forName("windows-1256"),
        LegacyDetector.detect(text, 0, null),
        "without a language: by its letters' signs in windows-1252 (LatinLetters)");
  }

  @Test
  void randomHighBytesAreNoTextInAnyCharset() {
    byte[] noise = new byte[5000];
    new Random(5).nextBytes(noise);
    for (int i = 0; i < noise.length; i++) {
      noise[i] |= (byte) 0x80;
    }
    assertNull(LegacyDetector.detect(noise, 0, "de"));
  }
}
