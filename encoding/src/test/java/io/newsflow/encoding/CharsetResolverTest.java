package io.newsflow.encoding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.encoding.ResolvedCharset.Source;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CharsetResolverTest {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final String GERMAN =
      "Grüße aus München! Die Straßenbahn fährt über die Brücke, und die Bürger"
          + " äußern ihre Meinung über höhere Gebühren für Fußgänger.";

  @Test
  void aUtf8BomWinsOverTheHeaderAndIsSkipped() {
    byte[] body = concat(bytes(0xEF, 0xBB, 0xBF), "<p>été</p>".getBytes(StandardCharsets.UTF_8));
    ResolvedCharset charset = CharsetResolver.resolve(body, "windows-1252");
    assertEquals(new ResolvedCharset(StandardCharsets.UTF_8, Source.BOM, 3, false), charset);
    assertEquals("<p>été</p>", TextDecoder.decode(body, charset).text());
  }

  @Test
  void utf16BomsInEitherOrderAreRead() {
    String html = "<html><body><p>Grüße, 世界</p></body></html>";
    byte[] little = concat(bytes(0xFF, 0xFE), html.getBytes(StandardCharsets.UTF_16LE));
    byte[] big = concat(bytes(0xFE, 0xFF), html.getBytes(StandardCharsets.UTF_16BE));
    assertEquals(
        new ResolvedCharset(StandardCharsets.UTF_16LE, Source.BOM, 2, false),
        CharsetResolver.resolve(little, "utf-8"));
    assertEquals(
        new ResolvedCharset(StandardCharsets.UTF_16BE, Source.BOM, 2, false),
        CharsetResolver.resolve(big, null));
    assertEquals(html, TextDecoder.decode(little, CharsetResolver.resolve(little, null)).text());
    assertEquals(html, TextDecoder.decode(big, CharsetResolver.resolve(big, null)).text());
  }

  @Test
  void utf32BomsAreReadAsJsoupReadsThem() {
    String html = "<p>Grüße 😀</p>";
    byte[] little = concat(bytes(0xFF, 0xFE, 0, 0), html.getBytes(Charset.forName("UTF-32LE")));
    byte[] big = concat(bytes(0, 0, 0xFE, 0xFF), html.getBytes(Charset.forName("UTF-32BE")));
    ResolvedCharset le = CharsetResolver.resolve(little, null);
    ResolvedCharset be = CharsetResolver.resolve(big, null);
    assertEquals("UTF-32LE 4", le.name() + " " + le.bomLength());
    assertEquals("UTF-32BE 4", be.name() + " " + be.bomLength());
    assertEquals(html, TextDecoder.decode(little, le).text());
    assertEquals(html, TextDecoder.decode(big, be).text());
  }

  @Test
  void theHeaderWinsOverTheMeta() {
    byte[] body =
        "<html><head><meta charset=\"windows-1251\"></head><body>hello</body></html>"
            .getBytes(StandardCharsets.US_ASCII);
    assertEquals(
        new ResolvedCharset(Charset.forName("KOI8-R"), Source.HEADER, 0, false),
        CharsetResolver.resolve(body, "koi8-r"));
    assertEquals(
        new ResolvedCharset(Charset.forName("windows-1251"), Source.META, 0, false),
        CharsetResolver.resolve(body, null));
  }

  @Test
  void anUnknownHeaderLabelIsIgnoredForTheMeta() {
    byte[] body = "<meta charset=\"iso-8859-2\"><p>hello</p>".getBytes(StandardCharsets.US_ASCII);
    assertEquals(
        new ResolvedCharset(Charset.forName("ISO-8859-2"), Source.META, 0, false),
        CharsetResolver.resolve(body, "x-no-such"));
  }

  @Test
  void httpEquivContentTypeIsAMetaDeclarationToo() {
    byte[] body =
        "<head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=EUC-JP\"></head>"
            .getBytes(StandardCharsets.US_ASCII);
    assertEquals(
        new ResolvedCharset(Charset.forName("EUC-JP"), Source.META, 0, false),
        CharsetResolver.resolve(body, null));
  }

  @Test
  void anXmlDeclarationDeclaresWhenNoMetaDoes() {
    byte[] xml =
        "<?xml version=\"1.0\" encoding=\"ISO-8859-7\"?>\n<html><body>x</body></html>"
            .getBytes(StandardCharsets.US_ASCII);
    assertEquals(
        new ResolvedCharset(Charset.forName("ISO-8859-7"), Source.XML_DECLARATION, 0, false),
        CharsetResolver.resolve(xml, null));
    byte[] both =
        "<?xml version=\"1.0\" encoding=\"ISO-8859-7\"?><html><head><meta charset=\"koi8-r\"></head></html>"
            .getBytes(StandardCharsets.US_ASCII);
    assertEquals(
        Source.META, CharsetResolver.resolve(both, null).source(), "a meta wins, as in jsoup");
  }

  @Test
  void anAsciiPageWithoutDeclarationIsUtf8ByDefault() {
    byte[] body =
        "<html><body><p>Plain words only.</p></body></html>".getBytes(StandardCharsets.US_ASCII);
    assertEquals(
        new ResolvedCharset(StandardCharsets.UTF_8, Source.DEFAULT, 0, false),
        CharsetResolver.resolve(body, null));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "iso-8859-1, windows-1252",
    "ISO_8859-1, windows-1252",
    "latin1, windows-1252",
    "us-ascii, windows-1252",
    "ascii, windows-1252",
    "' UTF8 ', UTF-8",
    "unicode-1-1-utf-8, UTF-8",
    "gb2312, GBK",
    "x-gbk, GBK",
    "gb18030, GB18030",
    "x-sjis, windows-31j",
    "Shift_JIS, windows-31j",
    "euc-kr, x-windows-949",
    "ks_c_5601-1987, x-windows-949",
    "big5, Big5-HKSCS",
    "tis-620, x-windows-874",
    "iso-8859-9, windows-1254",
    "iso-8859-8-i, ISO-8859-8",
    "utf-16, UTF-16LE",
    "koi8-u, KOI8-U",
    "'\"cp1251\"', windows-1251"
  })
  void labelsMeanWhatTheWhatwgEncodingStandardSays(String label, String charset) {
    assertEquals(Charset.forName(charset), EncodingLabels.forLabel(label));
  }

  @ParameterizedTest
  @CsvSource({"x-no-such", "utf-32", "cp037", "iso-2022-kr", "hz-gb-2312", "x-user-defined", "''"})
  void labelsTheStandardDoesNotKnowAreUnknown(String label) {
    assertEquals(null, EncodingLabels.forLabel(label));
  }

  @Test
  void aMetaDeclaringUtf16MeansUtf8() {
    byte[] body = "<meta charset=\"utf-16\"><p>caf\u00e9</p>".getBytes(StandardCharsets.UTF_8);
    assertEquals(
        new ResolvedCharset(StandardCharsets.UTF_8, Source.META, 0, false),
        CharsetResolver.resolve(body, null));
  }

  @Test
  void utf16WithoutBomIsRecognisedByItsZeroBytes() {
    String html = "<html><head><title>Grüße</title></head><body><p>Hello, world</p></body></html>";
    ResolvedCharset le = CharsetResolver.resolve(html.getBytes(StandardCharsets.UTF_16LE), null);
    ResolvedCharset be = CharsetResolver.resolve(html.getBytes(StandardCharsets.UTF_16BE), "utf-8");
    assertEquals(new ResolvedCharset(StandardCharsets.UTF_16LE, Source.DETECTED, 0, false), le);
    assertEquals(new ResolvedCharset(StandardCharsets.UTF_16BE, Source.DETECTED, 0, true), be);
    assertEquals(html, TextDecoder.decode(html.getBytes(StandardCharsets.UTF_16BE), be).text());
  }

  @Test
  void aGermanPageInWindows1252DeclaringUtf8ComesOutRight() {
    byte[] body =
        ("<html><head><meta charset=\"utf-8\"><title>Grüße</title></head><body><p>"
                + GERMAN
                + "</p></body></html>")
            .getBytes(WINDOWS_1252);
    ResolvedCharset charset = CharsetResolver.resolve(body, null);
    assertEquals(new ResolvedCharset(WINDOWS_1252, Source.DETECTED, 0, true), charset);
    DecodedText text = TextDecoder.decode(body, charset);
    assertTrue(text.text().contains("Grüße aus München"), text.text());
    assertEquals(0, text.replaced());
  }

  @Test
  void theSameLieInTheHeaderAndInATextWithoutMarkupIsCaughtToo() {
    byte[] page = ("<p>" + GERMAN + "</p>").getBytes(WINDOWS_1252);
    assertEquals(
        new ResolvedCharset(WINDOWS_1252, Source.DETECTED, 0, true),
        CharsetResolver.resolve(page, "UTF-8"));
    byte[] shortText =
        "Grüße aus München".getBytes(WINDOWS_1252); // universalchardet says x-mac-cyrillic here
    assertEquals(
        "Grüße aus München",
        TextDecoder.decode(shortText, CharsetResolver.resolve(shortText, null)).text());
  }

  @Test
  void validUtf8DeclaredAsLatin1IsUtf8() {
    byte[] body =
        ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head><body><p>"
                + GERMAN
                + "</p></body></html>")
            .getBytes(StandardCharsets.UTF_8);
    assertEquals(
        new ResolvedCharset(StandardCharsets.UTF_8, Source.DETECTED, 0, true),
        CharsetResolver.resolve(body, null));
    assertEquals(
        new ResolvedCharset(StandardCharsets.UTF_8, Source.DETECTED, 0, true),
        CharsetResolver.resolve(body, "windows-1252"));
  }

  @Test
  void aLatin1PageThatIsLatin1KeepsItsDeclaration() {
    byte[] body =
        ("<meta charset=\"iso-8859-1\"><p>" + GERMAN + "</p>")
            .getBytes(StandardCharsets.ISO_8859_1);
    assertEquals(
        new ResolvedCharset(WINDOWS_1252, Source.META, 0, false),
        CharsetResolver.resolve(body, null));
  }

  @Test
  void aUtf8PageWithAStrayLegacyByteStaysUtf8() {
    byte[] body =
        concat(
            ("<meta charset=utf-8><p>" + GERMAN + " Caf").getBytes(StandardCharsets.UTF_8),
            bytes(0xE9),
            " au lait.</p>".getBytes(StandardCharsets.UTF_8));
    ResolvedCharset charset = CharsetResolver.resolve(body, null);
    assertEquals(new ResolvedCharset(StandardCharsets.UTF_8, Source.META, 0, false), charset);
    DecodedText text = TextDecoder.decode(body, charset);
    assertEquals(1, text.replaced());
    assertTrue(
        text.text().contains("Grüße aus München") && text.text().contains("Caf\uFFFD au lait"),
        text.text());
  }

  @ParameterizedTest(name = "{0} in {1}, declared {2}")
  @CsvSource({
    "zh, GBK, ",
    "zh, GBK, utf-8",
    "ja, Shift_JIS, ",
    "ja, Shift_JIS, utf-8",
    "ko, EUC-KR, ",
    "ko, EUC-KR, utf-8",
    "ru, windows-1251, ",
    "ru, windows-1251, utf-8",
    "ar, windows-1256, ",
    "ar, windows-1256, utf-8"
  })
  void legacyPagesWithNoOrAWrongDeclarationDecodeRight(
      String lang, String charset, String declared) {
    String text = SampleTexts.of(lang);
    String meta = declared == null ? "" : "<meta charset=\"" + declared + "\">";
    String html =
        "<!DOCTYPE html><html lang=\""
            + lang
            + "\"><head>"
            + meta
            + "<title>"
            + text.substring(0, 8)
            + "</title></head><body><article><p>"
            + text
            + "</p><p>"
            + text
            + "</p></article></body></html>";
    byte[] body = html.getBytes(Charset.forName(charset));
    ResolvedCharset resolved = CharsetResolver.resolve(body, null);
    assertEquals(Source.DETECTED, resolved.source());
    assertEquals(declared != null, resolved.overridden());
    DecodedText decoded = TextDecoder.decode(body, resolved);
    assertEquals(html, decoded.text(), resolved.toString());
  }

  @ParameterizedTest(name = "{0} in {1}")
  @CsvSource({"zh, GBK", "ja, Shift_JIS", "ko, EUC-KR", "ru, windows-1251"})
  void textsWithoutMarkupInEastAsianAndCyrillicCharsetsAreDetected(String lang, String charset) {
    String text = SampleTexts.of(lang);
    byte[] body = text.getBytes(Charset.forName(charset));
    assertEquals(text, TextDecoder.decode(body, CharsetResolver.resolve(body, null)).text());
  }

  @Test
  void anEnglishPagesCurlyQuotesInWindows1252AreNotTakenForChinese() {
    String html =
        "<html lang=\"en\"><meta charset=\"utf-8\"><p>"
            + "It\u2019s the \u201cbest\u201d plan\u2019s end. ".repeat(40)
            + "</p>";
    byte[] body = html.getBytes(WINDOWS_1252);
    assertEquals(html, TextDecoder.decode(body, CharsetResolver.resolve(body, null)).text());
  }

  @Test
  void randomHighBytesUnderAUtf8MetaStayUtf8SoTheirDamageShows() {
    byte[] noise = new byte[4000];
    new Random(7).nextBytes(noise);
    for (int i = 0; i < noise.length; i++) {
      noise[i] = (byte) (noise[i] | 0x80);
    }
    byte[] body =
        concat(
            "<html><head><meta charset=utf-8></head><body><p>".getBytes(StandardCharsets.US_ASCII),
            noise);
    ResolvedCharset charset = CharsetResolver.resolve(body, null);
    assertEquals(new ResolvedCharset(StandardCharsets.UTF_8, Source.META, 0, false), charset);
    assertTrue(TextDecoder.decode(body, charset).mostlyUndecodable());

    for (int i = 0; i < noise.length; i++) {
      noise[i] =
          (byte)
              (0x80
                  | (noise[i]
                      & 0x3F)); // continuation bytes only: universalchardet calls it windows-1252
    }
    byte[] punctuation =
        concat("<meta charset=utf-8><p>".getBytes(StandardCharsets.US_ASCII), noise);
    assertEquals(
        new ResolvedCharset(StandardCharsets.UTF_8, Source.HEADER, 0, false),
        CharsetResolver.resolve(punctuation, "utf-8"));
  }

  @Test
  void nothingIsOverriddenOnPlainUtf8() {
    byte[] body =
        ("<meta charset=utf-8><p>" + GERMAN + " " + SampleTexts.of("ja") + "</p>")
            .getBytes(StandardCharsets.UTF_8);
    ResolvedCharset charset = CharsetResolver.resolve(body, null);
    assertFalse(charset.overridden());
    assertEquals(Source.META, charset.source());
  }

  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  @Test
  void theJdkNameOfAResolvedCharsetReadsBackAsTheSameCharset() {
    // ingest stores the resolved charset's JDK name on the RawPage; enrich resolves it again
    for (String name :
        List.of("x-windows-949", "windows-31j", "x-windows-874", "GBK", "windows-1252")) {
      Charset charset = Charset.forName(name);
      byte[] body = "<p>plain</p>".getBytes(charset);
      assertEquals(charset, CharsetResolver.resolve(body, charset.name()).charset(), name);
    }
  }

  @Test
  void aServerWideUtf8HeaderDoesNotHideThePagesOwnLegacyDeclaration() {
    for (String[] page :
        new String[][] {
          {"windows-1250", "Předseda vlády řekl, že žádné změny nebudou"},
          {"ISO-8859-2", "Premier powiedział, że żadnych zmian nie będzie"},
          {"windows-1254", "Başbakan hiçbir değişiklik olmayacağını söyledi"},
          {"windows-1256", "قال رئيس الوزراء إنه لن تكون هناك تغييرات"}
        }) {
      Charset charset = Charset.forName(page[0]);
      String html =
          "<html><head><meta charset=\""
              + page[0]
              + "\"></head><body><p>"
              + page[1].repeat(5)
              + "</p></body></html>";
      ResolvedCharset resolved = CharsetResolver.resolve(html.getBytes(charset), "utf-8");
      assertEquals(charset, resolved.charset(), page[0]);
      assertTrue(resolved.overridden(), page[0]);
    }
  }
}
