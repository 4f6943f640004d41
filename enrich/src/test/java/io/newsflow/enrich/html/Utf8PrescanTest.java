package io.newsflow.enrich.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newsflow.enrich.SharedFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * The UTF-8 shortcut must never change what jsoup would have parsed: every page here is parsed
 * both ways (our parser without a header charset, and stock jsoup detection) and compared.
 */
class Utf8PrescanTest {
  private static final String BODY = "<body><p>Grüße aus Köln, 北京, café</p></body></html>";

  /** Heads and whether the shortcut may take them; every one is also parsed both ways. */
  private static final List<Object[]> HEADS = List.of(
      new Object[] {"<!doctype html><html><head><meta charset=\"utf-8\">", true},
      new Object[] {"<META CHARSET=UTF-8>", true},
      new Object[] {"<meta charset=' utf-8 '>", true},
      new Object[] {"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">", true},
      new Object[] {"<meta http-equiv=content-type content='text/html;charset=\"UTF-8\"'>", true},
      new Object[] {"<!-- <meta charset=iso-8859-1> --><meta charset=utf-8>", true},
      new Object[] {"<title>a <meta charset=iso-8859-1> b</title><meta charset=utf-8>", true},
      new Object[] {"<script>x = '<meta charset=iso-8859-1>';</script><meta charset=utf-8>", true},
      new Object[] {"<script><!-- </script><meta charset=iso-8859-1> --></script><meta charset=utf-8>", false},
      new Object[] {"<style>p{}</style ><meta charset=utf-8>", true},
      new Object[] {"<link href='a>b'><meta charset=utf-8>", true},
      new Object[] {"<meta name=viewport content=x><meta charset=utf-8>", true},
      new Object[] {"<meta http-equiv=content-type content=text/html><meta charset=utf-8>", true},
      new Object[] {"<meta charset=iso-8859-1>", false},
      new Object[] {"<meta charset=windows-1252><meta charset=utf-8>", false},
      new Object[] {"<meta http-equiv=refresh charset=utf-8 content=5>", false},
      new Object[] {"<meta charset=utf8>", false},
      new Object[] {"<noscript><meta charset=iso-8859-1></noscript><meta charset=utf-8>", false},
      new Object[] {"<!--><meta charset=iso-8859-1>", false},
      new Object[] {"<![CDATA[ x ]]><meta charset=utf-8>", false},
      new Object[] {"<meta charset=\"utf-8", false},
      new Object[] {"<html><head>", true}, // no declaration: jsoup keeps UTF-8
      new Object[] {"<?xml version='1.0'?><html>", true},
      new Object[] {"<meta name=description content='What a charset is'>", true},
      new Object[] {"<meta http-equiv=Content-Type content='text/html; ch&#97;rset=iso-8859-1'>", false},
      new Object[] {"<META HTTP-EQUIV=content-type content='text/html'>", true},
      new Object[] {"<meta http-equiv=X-UA-Compatible content='IE=edge'><p>&#8217;", false},
      new Object[] {"<meta http-equiv=Content-Type content='text/html; &#x63;harset=iso-8859-1'>", false},
      new Object[] {"<script charset=utf-8 src=a.js></script><p>", true}, // a script's, not the page's
      new Object[] {"<script charset=windows-1252 src=a.js></script><p>", true},
      new Object[] {"<?xml version='1.0' encoding='iso-8859-1'?><script charset=utf-8></script>", false},
      new Object[] {"<meta http-equiv=content-type content='text/html; charset&equals;iso-8859-1'>"
          + "<script charset=utf-8></script>", false},
      new Object[] {"<meta http-equiv=X-UA-Compatible content=IE=edge><script charset=utf-8></script>"
          + "<p>a &amp; b", false},
      new Object[] {"<?xml version='1.0' encoding='iso-8859-1'?><html>", false},
      new Object[] {"\uFEFF<meta charset=utf-8>", false});

  @Test
  void takesOnlyPlainUtf8DeclarationsAndPagesWithout() {
    for (Object[] head : HEADS) {
      byte[] page = (head[0] + BODY).getBytes(StandardCharsets.UTF_8);
      assertEquals(head[1], Utf8Prescan.meansUtf8(page), (String) head[0]);
    }
  }

  @Test
  void parsesEveryHeadAsJsoupWould() throws IOException {
    for (Object[] head : HEADS) {
      for (Charset cs : List.of(StandardCharsets.UTF_8, StandardCharsets.ISO_8859_1)) {
        assertSameParse((head[0] + BODY).getBytes(cs), head[0] + " in " + cs);
      }
    }
  }

  @Test
  void aDeclarationPastJsoupsWindowCountsForNothingAsInJsoup() throws IOException {
    String filler = "<meta name=x content='" + "y".repeat(Utf8Prescan.JSOUP_READS) + "'>";
    byte[] page = (filler + "<meta charset=iso-8859-1>" + BODY).getBytes(StandardCharsets.UTF_8);
    assertTrue(Utf8Prescan.meansUtf8(page), "jsoup never reads it: UTF-8");
    assertSameParse(page, "late declaration");
  }

  @Test
  void aMetaAcrossTheEndOfJsoupsWindowIsReadAsJsoupReadsIt() throws IOException {
    for (String meta : List.of("<meta charset=gbk>", "<meta charset=iso-8859-1>")) {
      for (int cut = 1; cut <= 40; cut++) { // the meta starts this many bytes before jsoup's end
        assertMetaNearTheEnd(meta, cut);
      }
    }
  }

  private static void assertMetaNearTheEnd(String meta, int cut) throws IOException {
    String filler = "<p>" + "y".repeat(Utf8Prescan.JSOUP_READS - 7 - cut) + "</p>";
    byte[] page = (filler + meta + BODY).getBytes(StandardCharsets.UTF_8);
    boolean utf8 = Utf8Prescan.meansUtf8(page);
    if (cut >= meta.length()) {
      assertFalse(utf8, meta + " whole " + cut + " bytes before jsoup's end");
    } else if (cut <= Utf8Prescan.JSOUP_READS - Utf8Prescan.WINDOW) {
      assertTrue(utf8, meta + " " + cut + " bytes before jsoup's end is cut short for jsoup too");
    }
    assertSameParse(page, meta + " " + cut + " bytes before the end");
  }

  @Test
  void aScriptOrCommentRunningPastTheWindowHidesNothing() throws IOException {
    String tail = "y".repeat(Utf8Prescan.JSOUP_READS) + " <meta charset=iso-8859-1>";
    for (String head : List.of("<script charset=utf-8>", "<!-- charset ", "<title>charset ")) {
      byte[] page = (head + tail + BODY).getBytes(StandardCharsets.UTF_8);
      assertTrue(Utf8Prescan.meansUtf8(page), head);
      assertSameParse(page, head + "...");
    }
  }

  @Test
  void developmentPagesParseAsJsoupWouldAndMostTakeTheShortcut() throws IOException {
    Path dataset = SharedFiles.readabilityPages().orElse(null);
    assumeTrue(dataset != null, "development dataset not found");
    int pages = 0;
    int shortcut = 0;
    try (Stream<Path> files = Files.walk(dataset)) {
      for (Path f : files.filter(p -> p.getFileName().toString().equals("source.html")).toList()) {
        byte[] page = Files.readAllBytes(f);
        assertSameParse(page, f.toString());
        pages++;
        shortcut += Utf8Prescan.meansUtf8(page) ? 1 : 0;
      }
    }
    assertTrue(pages >= 100, "pages: " + pages);
    assertTrue(shortcut * 10 >= pages * 7, shortcut + " of " + pages + " took the shortcut");
  }

  private static void assertSameParse(byte[] page, String what) throws IOException {
    Document ours = new HtmlPageParser().parse(page, null, "https://example.com/");
    Document stock = Jsoup.parse(new ByteArrayInputStream(page), null, "https://example.com/",
        Parser.htmlParser().setMaxDepth(HtmlPageParser.DEFAULT_MAX_DEPTH));
    assertEquals(stock.charset(), ours.charset(), what);
    assertEquals(stock.outerHtml(), ours.outerHtml(), what);
  }
}
