package io.newsflow.enrich.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsflow.encoding.CharsetResolver;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Our loading decodes with our readers in the charset the shared resolver decides; the tree and the
 * output charset must be what jsoup's own loading gives when told that charset. Where the resolver
 * decides otherwise than jsoup's sniffing would (a declaration the bytes contradict, ISO-8859-1
 * read as windows-1252 as browsers do), the page reads as a browser shows it.
 */
class HtmlPageParserTest {
  private static final String PAGE =
      "<html><head><title>Grüße, Привет, 北京, ¡Olé!</title>"
          + "<meta charset=iso-8859-1></head><body><p>Café “quoted” — 東京 &amp; Zürich</p></body></html>";

  @Test
  void headerCharsetsParseAsJsoupLoadsThem() throws IOException {
    for (String name :
        List.of(
            "UTF-8",
            "ISO-8859-1",
            "windows-1252",
            "windows-1251",
            "Shift_JIS",
            "GBK",
            "UTF-16LE",
            "utf-8",
            " UTF-8 ")) {
      Charset charset = Charset.forName(name.trim());
      assertSameAsJsoup(PAGE.getBytes(charset), name, name);
    }
  }

  @Test
  void brokenBytesAndByteOrderMarksParseAsJsoupLoadsThem() throws IOException {
    byte[] latin1AsUtf8 = PAGE.getBytes(StandardCharsets.ISO_8859_1);
    assertSameAsJsoup(latin1AsUtf8, "UTF-8", "Latin-1 bytes under a UTF-8 header");
    assertSameAsJsoup(latin1AsUtf8, null, "Latin-1 bytes, no header");
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    assertSameAsJsoup(
        concat(bom, PAGE.getBytes(StandardCharsets.UTF_8)),
        "ISO-8859-1",
        "a UTF-8 byte order mark overrides the header");
    byte[] utf16 =
        concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, PAGE.getBytes(StandardCharsets.UTF_16LE));
    assertSameAsJsoup(utf16, "UTF-8", "a UTF-16 byte order mark overrides the header");
    Random random = new Random(7);
    for (int i = 0; i < 300; i++) {
      byte[] noise = new byte[random.nextInt(3000)];
      random.nextBytes(noise);
      byte[] page = concat("<p>".getBytes(StandardCharsets.US_ASCII), noise);
      assertSameAsJsoup(page, "UTF-8", "random bytes " + i);
      assertSameAsJsoup(page, null, "random bytes without header " + i);
    }
  }

  private static void assertSameAsJsoup(byte[] page, String header, String what)
      throws IOException {
    Document ours = new HtmlPageParser().parse(page, header, "https://example.com/");
    String charset = CharsetResolver.resolve(page, header).name();
    Document stock =
        Jsoup.parse(
            new ByteArrayInputStream(page),
            charset,
            "https://example.com/",
            Parser.htmlParser().setMaxDepth(HtmlPageParser.DEFAULT_MAX_DEPTH));
    assertEquals(stock.outerHtml(), ours.outerHtml(), what);
  }

  @Test
  void latin1BytesUnderAUtf8HeaderReadAsTheGermanTheyAre() {
    byte[] page =
        "<html><body><p>Grüße aus München</p></body></html>".getBytes(StandardCharsets.ISO_8859_1);
    assertEquals(
        "Grüße aus München",
        new HtmlPageParser().parse(page, "UTF-8", "https://example.com/").text());
  }

  @Test
  void iso88591ReadsItsC1BytesAsWindows1252QuotesAsBrowsersDo() {
    byte[] page = {'<', 'p', '>', (byte) 0x93, 'h', 'i', (byte) 0x94};
    assertEquals(
        "\u201chi\u201d",
        new HtmlPageParser().parse(page, "ISO-8859-1", "https://example.com/").text());
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
