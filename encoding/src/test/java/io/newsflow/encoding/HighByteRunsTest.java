package io.newsflow.encoding;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HighByteRunsTest {

  @Test
  void latinTextInWindows1252HasWordsButNoDoubleByteLayout() {
    HighByteRuns runs =
        HighByteRuns.of(
            "It\u2019s the \u201cbest\u201d. Gr\u00fc\u00dfe aus M\u00fcnchen."
                .getBytes(Charset.forName("windows-1252")),
            0);
    assertTrue(runs.likeWords());
    assertFalse(runs.likeDoubleByteText());
  }

  @Test
  void eastAsianTextHasItsHighBytesInPairs() {
    assertTrue(
        HighByteRuns.of(SampleTexts.of("zh").getBytes(Charset.forName("GBK")), 0)
            .likeDoubleByteText());
    assertTrue(
        HighByteRuns.of(SampleTexts.of("ja").getBytes(Charset.forName("Shift_JIS")), 0)
            .likeDoubleByteText());
  }

  @Test
  void cyrillicAndArabicTextHaveWordsAndRandomHighBytesNone() {
    assertTrue(
        HighByteRuns.of(SampleTexts.of("ru").getBytes(Charset.forName("windows-1251")), 0)
            .likeWords());
    assertTrue(
        HighByteRuns.of(SampleTexts.of("ar").getBytes(Charset.forName("windows-1256")), 0)
            .likeWords());
    byte[] noise = new byte[1000];
    new Random(3).nextBytes(noise);
    for (int i = 0; i < noise.length; i++) {
      noise[i] |= (byte) 0x80;
    }
    assertFalse(HighByteRuns.of(noise, 0).likeWords());
    assertFalse(HighByteRuns.of(new byte[] {'a', 'b'}, 0).likeWords());
  }
}
