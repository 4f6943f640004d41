package io.newsflow.encoding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.encoding.PageKind.Kind;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ContentSnifferTest {
  private static final String PAGE =
      "<!DOCTYPE html><html><head><title>News</title></head><body><article><p>"
          + "The council met on Monday and agreed the budget for the coming year. ".repeat(30)
          + "</p></article></body></html>";

  @Test
  void randomBytesAreBinaryWhateverTheyAreDeclared() {
    byte[] noise = new byte[8192];
    new Random(42).nextBytes(noise);
    for (String type : new String[] {"text/html", "text/plain", null}) {
      PageKind kind = ContentSniffer.sniff(type, noise);
      assertEquals(Kind.BINARY, kind.kind(), String.valueOf(type));
      assertTrue(kind.reason().contains("control bytes"), kind.reason());
    }
  }

  @Test
  void aPdfServedAsHtmlIsBinaryByItsSignature() {
    byte[] pdf =
        "%PDF-1.7\n%âãÏÓ\n1 0 obj << /Type /Catalog >> endobj"
            .getBytes(StandardCharsets.ISO_8859_1);
    assertEquals(
        PageKind.binary("binary content (PDF signature)"), ContentSniffer.sniff("text/html", pdf));
    assertEquals("binary content (PDF signature)", ContentSniffer.whyNotHtml("text/html", pdf));
  }

  @Test
  void imagesAndArchivesAreKnownBySignature() {
    assertEquals(
        "binary content (PNG signature)",
        ContentSniffer.binaryReason(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0}));
    assertEquals(
        "binary content (JPEG signature)",
        ContentSniffer.binaryReason(
            new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}));
    assertEquals(
        "binary content (gzip signature)",
        ContentSniffer.binaryReason(new byte[] {0x1F, (byte) 0x8B, 8, 0}));
    assertEquals(
        "binary content (ZIP signature)",
        ContentSniffer.binaryReason(new byte[] {'P', 'K', 3, 4, 20, 0}));
  }

  @Test
  void anHtmlPageWithAFewNulBytesInItsTextIsStillHtml() {
    byte[] page =
        PAGE.replace("budget", "bud\u0000get")
            .replaceFirst("council", "coun\u0000\u0000cil")
            .getBytes(StandardCharsets.UTF_8);
    assertEquals(PageKind.HTML, ContentSniffer.sniff("text/html", page));
    assertNull(ContentSniffer.whyNotHtml("text/html", page));
    assertNull(ContentSniffer.binaryReason(page));
  }

  @Test
  void aBinaryFileSavedAsHtmlIsBinary() {
    byte[] file = new byte[2048]; // a header of little-endian integers, as binary formats have
    for (int i = 0; i < file.length; i += 4) {
      file[i] = (byte) (i / 4);
      file[i + 1] = 1;
    }
    assertEquals(Kind.BINARY, ContentSniffer.sniff("text/html", file).kind());
    assertEquals(
        Kind.BINARY, ContentSniffer.sniff(null, new byte[] {0x10, 0, 0, 0x7f, 0, 1, 2, 3}).kind());
  }

  @Test
  void utf16WithOrWithoutBomIsTextNotBinary() {
    byte[] withoutBom = PAGE.getBytes(StandardCharsets.UTF_16LE);
    byte[] withBom = PAGE.getBytes(StandardCharsets.UTF_16); // big-endian with its mark
    assertEquals(PageKind.HTML, ContentSniffer.sniff("text/html", withoutBom));
    assertEquals(PageKind.HTML, ContentSniffer.sniff("text/html", withBom));
    assertTrue(ContentSniffer.looksLikeHtml(withoutBom), "markup is found in UTF-16 too");
    byte[] text =
        "Plain words, one line after another.\n".repeat(20).getBytes(StandardCharsets.UTF_16BE);
    assertEquals(PageKind.TEXT, ContentSniffer.sniff("text/plain", text));
  }

  @Test
  void htmlDeclaredAsTextIsHtmlAndTextWithoutDeclarationIsText() {
    byte[] html = PAGE.getBytes(StandardCharsets.UTF_8);
    byte[] text =
        "The council met on Monday.\n\nIt agreed the budget.".getBytes(StandardCharsets.UTF_8);
    assertEquals(PageKind.HTML, ContentSniffer.sniff("text/plain", html));
    assertFalse(ContentSniffer.isTextPage("text/plain", html));
    assertNull(ContentSniffer.whyNotHtml("text/plain", html));
    assertEquals(PageKind.TEXT, ContentSniffer.sniff(null, text));
    assertTrue(ContentSniffer.isTextPage(null, text));
    assertTrue(ContentSniffer.isTextPage("Text/Plain", text));
    assertEquals("content type text/plain", ContentSniffer.whyNotHtml("text/plain", text));
  }

  @Test
  void otherDeclaredTypesAreNeitherHtmlNorText() {
    byte[] json = "{\"title\": \"News\"}".getBytes(StandardCharsets.UTF_8);
    assertEquals(
        PageKind.unsupported("content type application/json"),
        ContentSniffer.sniff("application/json", json));
    assertFalse(ContentSniffer.isTextPage("application/json", json));
    assertEquals(
        "content type application/json", ContentSniffer.whyNotHtml("application/json", json));
  }

  @Test
  void aBinaryBodyDeclaredAsTextTakesTheTextPathToBeRefusedThere() {
    byte[] pdf = "%PDF-1.4 binary".getBytes(StandardCharsets.US_ASCII);
    assertTrue(ContentSniffer.isTextPage("text/plain", pdf));
    assertFalse(ContentSniffer.isTextPage(null, pdf));
    assertEquals(Kind.BINARY, ContentSniffer.sniff("text/plain", pdf).kind());
  }

  @Test
  void aTextThatStartsLikeAnAsciiSignatureIsText() {
    byte[] text = "BMW and MZ riders met in Munich on Sunday.".getBytes(StandardCharsets.US_ASCII);
    assertEquals(PageKind.TEXT, ContentSniffer.sniff("text/plain", text));
  }
}
