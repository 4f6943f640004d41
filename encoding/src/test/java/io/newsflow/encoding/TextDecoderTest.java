package io.newsflow.encoding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.encoding.ResolvedCharset.Source;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
  private static final ResolvedCharset UTF_8 =
      new ResolvedCharset(StandardCharsets.UTF_8, Source.DEFAULT, 0, false);

  @Test
  void malformedUtf8BecomesOneReplacementPerBadSequenceAndIsCounted() {
    byte[] body = {
      'a', (byte) 0xC3, 'b', (byte) 0xE2, (byte) 0x82, 'c', (byte) 0xFF, (byte) 0xC3, (byte) 0xA9
    };
    DecodedText text = TextDecoder.decode(body, UTF_8);
    assertEquals("a\uFFFDb\uFFFDc\uFFFDé", text.text());
    assertEquals(3, text.replaced());
  }

  @Test
  void theFastUtf8PathCountsExactlyWhatTheJdkDecoderReplaces() {
    int[] telling = {
      'a', 0x80, 0x9F, 0xA0, 0xBF, 0xC0, 0xC2, 0xDF, 0xE0, 0xE2, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF
    };
    Random random = new Random(11);
    for (int round = 0; round < 2000; round++) {
      byte[] body = new byte[random.nextInt(40)];
      for (int i = 0; i < body.length; i++) {
        body[i] =
            (byte)
                (random.nextBoolean()
                    ? telling[random.nextInt(telling.length)]
                    : random.nextInt(256));
      }
      DecodedText fast = TextDecoder.decode(body, UTF_8);
      DecodedText general = TextDecoder.withDecoder(body, 0, StandardCharsets.UTF_8);
      assertEquals(general, fast, "round " + round);
    }
  }

  @Test
  void theBomIsSkipped() {
    byte[] body = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i'};
    assertEquals(
        new DecodedText("hi", 0), TextDecoder.decode(body, CharsetResolver.resolve(body, null)));
    byte[] utf16 = {(byte) 0xFF, (byte) 0xFE, 'h', 0, 'i', 0};
    assertEquals(
        new DecodedText("hi", 0), TextDecoder.decode(utf16, CharsetResolver.resolve(utf16, null)));
  }

  @Test
  void unmappableBytesOfALegacyCharsetAreReplacedAndCounted() {
    Charset windows1252 = Charset.forName("windows-1252");
    byte[] body = {'a', (byte) 0x81, 'b', (byte) 0xE9}; // 0x81 is unassigned in windows-1252
    DecodedText text =
        TextDecoder.decode(body, new ResolvedCharset(windows1252, Source.HEADER, 0, false));
    assertEquals(new DecodedText("a\uFFFDbé", 1), text);
  }

  @Test
  void anUnpairedSurrogateInUtf16BytesBecomesAReplacement() {
    byte[] body = {'a', 0, 0x00, (byte) 0xD8, 'b', 0}; // a, a lone high surrogate, b
    DecodedText text =
        TextDecoder.decode(
            body, new ResolvedCharset(StandardCharsets.UTF_16LE, Source.HEADER, 0, false));
    assertEquals(new DecodedText("a\uFFFDb", 1), text);
  }

  @Test
  void nulBytesAreShownAsReplacementsAndCounted() {
    DecodedText text =
        TextDecoder.decode("one\u0000two\u0000".getBytes(StandardCharsets.UTF_8), UTF_8);
    assertEquals(new DecodedText("one\uFFFDtwo\uFFFD", 2), text);
  }

  @Test
  void aPageWithAFewBadBytesIsKeptAndNoiseIsRefused() {
    byte[] article =
        ("Der Stadtrat hat am Montag den Haushalt beschlossen. ".repeat(50) + "\u00e9")
            .getBytes(StandardCharsets.UTF_8);
    article[100] = (byte) 0xFF;
    article[200] = (byte) 0xFE;
    DecodedText kept = TextDecoder.decode(article, UTF_8);
    assertEquals(2, kept.replaced());
    assertFalse(kept.mostlyUndecodable());

    byte[] gbk =
        SampleTexts.of("zh").getBytes(Charset.forName("GBK")); // read as UTF-8: the wrong charset
    DecodedText refused = TextDecoder.decode(gbk, UTF_8);
    assertTrue(refused.mostlyUndecodable(), refused.replacedShare() + "");
  }

  @Test
  void anEmptyBodyIsAnEmptyText() {
    assertEquals(new DecodedText("", 0), TextDecoder.decode(new byte[0], UTF_8));
    assertEquals(0, new DecodedText("", 0).replacedShare());
  }

  @Test
  void loneSurrogatesAreReplacedAndPairsKept() {
    assertEquals("a\uFFFDb", TextDecoder.replaceLoneSurrogates("a\uD800b"));
    assertEquals("a\uFFFD", TextDecoder.replaceLoneSurrogates("a\uDC00"));
    assertEquals(
        "\uFFFD\uFFFD",
        TextDecoder.replaceLoneSurrogates("\uDE00\uD83D"),
        "a pair in the wrong order is two lone halves");
    assertEquals("x\uD83D\uDE00\uFFFD", TextDecoder.replaceLoneSurrogates("x\uD83D\uDE00\uD83D"));
    String clean = "Grüße \uD83D\uDE00";
    assertSame(clean, TextDecoder.replaceLoneSurrogates(clean));
  }

  @Test
  void jsoupTurnsSurrogateReferencesIntoLoneSurrogatesThatTheHelperReplaces() {
    String text = Jsoup.parse("<p>a&#xD800;b&#56320;c&#xD83D;&#xDE00;d&#0;e&#x110000;</p>").text();
    assertEquals(
        "a\uD800b\uDC00c\uD83D\uDE00d\uFFFDe\uFFFD",
        text,
        "jsoup 1.24 keeps what the standard replaces");
    assertEquals(
        "a\uFFFDb\uFFFDc\uD83D\uDE00d\uFFFDe\uFFFD", TextDecoder.replaceLoneSurrogates(text));
  }
}
