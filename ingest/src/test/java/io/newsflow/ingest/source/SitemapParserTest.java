package io.newsflow.ingest.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SitemapParserTest {
  @Test
  void readsASitemapIndex() throws IOException {
    String xml =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
          <sitemap><loc>https://news.example.com/sitemap-1.xml</loc><lastmod>2026-11-20</lastmod></sitemap>
          <sitemap><loc>https://news.example.com/sitemap-2.xml.gz</loc></sitemap>
        </sitemapindex>""";
    SitemapParser.Parsed parsed =
        SitemapParser.parse(
            xml.getBytes(StandardCharsets.UTF_8),
            "application/xml",
            "https://news.example.com/sitemap_index.xml");
    assertEquals(
        List.of(
            "https://news.example.com/sitemap-1.xml", "https://news.example.com/sitemap-2.xml.gz"),
        parsed.sitemaps());
    assertEquals(List.of(), parsed.pages());
  }

  @Test
  void readsANewsSitemapWithPublicationDates() throws IOException {
    String xml =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
                xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
          <url>
            <loc>https://news.example.com/2026/11/23/markets-rally</loc>
            <news:news>
              <news:publication><news:name>Example News</news:name><news:language>en</news:language></news:publication>
              <news:publication_date>2026-11-23T07:30:00+01:00</news:publication_date>
              <news:title>Markets rally</news:title>
              <news:keywords>markets, stocks</news:keywords>
            </news:news>
          </url>
          <url><loc>https://news.example.com/about</loc><lastmod>2025-01-02T00:00:00Z</lastmod></url>
          <url><loc>https://news.example.com/contact</loc></url>
        </urlset>""";
    List<SitemapEntry> pages =
        SitemapParser.parse(
                xml.getBytes(StandardCharsets.UTF_8),
                "text/xml",
                "https://news.example.com/news-sitemap.xml")
            .pages();
    assertEquals(3, pages.size());
    assertEquals(Instant.parse("2026-11-23T06:30:00Z"), pages.get(0).published());
    assertEquals(Instant.parse("2026-11-23T06:30:00Z"), pages.get(0).date());
    assertEquals(Instant.parse("2025-01-02T00:00:00Z"), pages.get(1).date());
    assertNull(pages.get(2).date());
    io.newsflow.schema.Listing news = pages.get(0).listing();
    assertEquals("Markets rally", news.getTitle());
    assertEquals("2026-11-23T06:30:00Z", news.getPublishedTime());
    assertEquals("en", news.getLanguage());
    assertEquals(List.of("markets", "stocks"), news.getKeywords());
    assertNull(pages.get(1).listing(), "a plain entry says nothing about its page");
  }

  @Test
  void reportsWhatIsNotASitemap() {
    assertThrows(
        IOException.class,
        () ->
            SitemapParser.parse(
                "<html><body>hi</body></html>".getBytes(StandardCharsets.UTF_8),
                "text/html",
                "https://example.com/sitemap.xml"));
  }

  @Test
  void readsAGzippedSitemapAndRefusesAGzipBomb() throws IOException {
    String xml =
        "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
            + "<url><loc>https://example.com/a</loc></url></urlset>";
    java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream out = new java.util.zip.GZIPOutputStream(gz)) {
      out.write(xml.getBytes(StandardCharsets.UTF_8));
    }
    assertEquals(
        "https://example.com/a",
        SitemapParser.parse(
                gz.toByteArray(), "application/x-gzip", "https://example.com/sitemap.xml.gz")
            .pages()
            .get(0)
            .url());

    java.io.ByteArrayOutputStream bomb = new java.io.ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream out = new java.util.zip.GZIPOutputStream(bomb)) {
      byte[] spaces = new byte[1 << 20];
      java.util.Arrays.fill(spaces, (byte) ' ');
      for (int i = 0; i < 60; i++) {
        out.write(spaces);
      }
    }
    IOException e =
        assertThrows(
            IOException.class,
            () ->
                SitemapParser.parse(
                    bomb.toByteArray(), "application/x-gzip", "https://example.com/big.xml.gz"));
    assertEquals(true, e.getMessage().contains("inflates past"), e.getMessage());
  }
}
