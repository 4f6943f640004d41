package io.newsflow.encoding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeclarationScannerTest {
  private static final Charset KOI8_R = Charset.forName("KOI8-R");

  private static Declarations scan(String html) {
    return DeclarationScanner.scan(html.getBytes(StandardCharsets.ISO_8859_1));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<meta charset=koi8-r>",
        "<META CHARSET='KOI8-R'>",
        "<meta charset = \"koi8-r\" />",
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\">",
        "<meta content='text/html;charset=\"koi8-r\"' http-equiv='content-type'>",
        "<meta name=\"x\" content=\"a > b\" charset=koi8-r>"
      })
  void readsTheWaysAMetaDeclaresACharset(String meta) {
    assertEquals(KOI8_R, scan("<html><head>" + meta + "</head></html>").meta(), meta);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<!-- <meta charset=koi8-r> -->",
        "<script>document.write('<meta charset=koi8-r>')</script>",
        "<title><meta charset=koi8-r></title>",
        "<meta content=\"text/html; charset=koi8-r\">", // content without http-equiv
        "<meta charset=x-no-such>"
      })
  void ignoresWhatIsNoDeclaration(String html) {
    assertNull(scan("<html><head>" + html + "</head></html>").meta(), html);
  }

  @Test
  void passesOverAnUnknownLabelToTheNextMeta() {
    assertEquals(KOI8_R, scan("<meta charset=x-no-such><meta charset=koi8-r>").meta());
  }

  @Test
  void readsAsFarAsJsoupDoesAndNoFurther() {
    String meta = "<meta charset=koi8-r>";
    String before =
        "<p>"
            + "x".repeat(DeclarationScanner.WINDOW - meta.length() - 3)
            + meta; // ends on the last byte read
    assertEquals(KOI8_R, scan(before).meta());
    String cut =
        "<p>"
            + "x".repeat(DeclarationScanner.WINDOW - meta.length() - 2)
            + meta; // its '>' one byte past
    assertNull(scan(cut).meta());
  }

  @Test
  void readsTheXmlDeclarationOnlyAtTheStart() {
    assertEquals(KOI8_R, scan("\n <?xml version=\"1.0\" encoding='koi8-r'?><html></html>").xml());
    assertNull(scan("<html><?xml version=\"1.0\" encoding='koi8-r'?></html>").xml());
  }

  @Test
  void readsTheLanguageOfTheHtmlElement() {
    assertEquals(
        "ar", scan("<!DOCTYPE html><html dir=rtl lang=\"ar\"><head></head></html>").lang());
    assertEquals("cs", scan("<html xml:lang=\"cs\">").lang());
    assertNull(scan("<html><body lang=\"de\">").lang());
  }

  @Test
  void survivesTagsCutOffAnywhere() {
    String page =
        "<html lang=\"ru\"><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\"><!-- x --></head>";
    for (int i = 0; i < page.length(); i++) {
      scan(page.substring(0, i)); // no exception, whatever is cut
    }
    assertEquals(KOI8_R, scan(page).meta());
  }
}
