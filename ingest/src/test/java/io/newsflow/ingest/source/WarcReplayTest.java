package io.newsflow.ingest.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.newsflow.encoding.CharsetResolver;
import io.newsflow.encoding.TextDecoder;
import io.newsflow.ingest.fetch.FetchResult;
import io.newsflow.ingest.fetch.FetchedPage;
import io.newsflow.schema.deadletter.DeadLetterReason;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class WarcReplayTest {
  @TempDir Path dir;

  /** Writes a gzipped WARC as a crawler would: warcinfo-less, a request and a response per page. */
  static Path writeWarc(Path file, List<String> urls) throws IOException {
    try (WarcWriter w =
        new WarcWriter(
            java.nio.channels.FileChannel.open(
                file,
                java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE),
            WarcCompression.GZIP)) {
      for (int i = 0; i < urls.size(); i++) {
        String url = urls.get(i);
        w.write(
            new WarcRequest.Builder(URI.create(url))
                .body(new HttpRequest.Builder("GET", URI.create(url).getRawPath()).build())
                .build());
        byte[] html =
            ("<html><body><h1>Story "
                    + i
                    + "</h1><p>Gr\u00fc\u00dfe aus M\u00fcnchen</p></body></html>")
                .getBytes(StandardCharsets.ISO_8859_1);
        w.write(
            new WarcResponse.Builder(URI.create(url))
                .date(Instant.parse("2026-11-01T10:00:00Z"))
                .body(
                    new HttpResponse.Builder(200, "OK")
                        .body(MediaType.parse("text/html; charset=ISO-8859-1"), html)
                        .build())
                .build());
      }
      w.write(
          new WarcResponse.Builder(URI.create("https://news.example.com/logo.png"))
              .body(
                  new HttpResponse.Builder(200, "OK")
                      .body(MediaType.parse("image/png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'})
                      .build())
              .build());
    }
    return file;
  }

  @Test
  void replaysEveryResponseRecord() throws IOException {
    List<String> urls =
        List.of(
            "https://news.example.com/a",
            "https://news.example.com/b",
            "https://other.example.org/c");
    Path warc = writeWarc(dir.resolve("news.warc.gz"), urls);
    List<FetchResult> results = new ArrayList<>();
    long responses = new WarcReplay(1 << 20).replay(warc, results::add);

    assertEquals(4, responses, "three pages and an image; the requests are not responses");
    for (int i = 0; i < urls.size(); i++) {
      FetchedPage page = assertInstanceOf(FetchResult.Page.class, results.get(i)).page();
      assertEquals(urls.get(i), page.requestedUrl());
      assertEquals(Instant.parse("2026-11-01T10:00:00Z"), page.fetchedAt());
      assertEquals("windows-1252", page.charset(), "ISO-8859-1 read as browsers read it");
      String text =
          TextDecoder.decode(page.body(), CharsetResolver.resolve(page.body(), page.charset()))
              .text();
      assertEquals(true, text.contains("Gr\u00fc\u00dfe aus M\u00fcnchen"));
    }
    assertEquals(
        DeadLetterReason.UNSUPPORTED_CONTENT_TYPE,
        assertInstanceOf(FetchResult.Failed.class, results.get(3)).failure().reason());
  }
}
