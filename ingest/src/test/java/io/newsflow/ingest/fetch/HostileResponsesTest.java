package io.newsflow.ingest.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.encoding.CharsetResolver;
import io.newsflow.encoding.TextDecoder;
import io.newsflow.ingest.LoopbackServer;
import io.newsflow.schema.deadletter.DeadLetterReason;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The ways the web fails, each against a real HTTP server on loopback, with the default 10 MB
 * limit.
 */
class HostileResponsesTest {
  LoopbackServer server;
  PageFetcher fetcher;

  @BeforeEach
  void start() throws IOException {
    server = new LoopbackServer();
    fetcher =
        new PageFetcher(
            FetchSettings.defaults().withAllowAddresses(List.of("127.0.0.1")), Clock.systemUTC());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  FetchFailure failure(String path) {
    return assertInstanceOf(FetchResult.Failed.class, fetcher.fetch(server.url(path))).failure();
  }

  @Test
  void cutsOffA50MegabyteResponseWithoutContentLength() {
    AtomicLong sent = new AtomicLong();
    server.handle(
        "/big",
        ex -> {
          ex.getResponseHeaders().add("Content-Type", "text/html");
          ex.sendResponseHeaders(200, 0); // chunked: the size is only known by reading
          byte[] chunk = new byte[64 * 1024];
          try (OutputStream out = ex.getResponseBody()) {
            for (int i = 0; i < 50 * 16; i++) { // 50 MB
              out.write(chunk);
              sent.addAndGet(chunk.length);
            }
          } catch (IOException e) {
            // the client hung up at its limit
          }
        });
    FetchFailure f = failure("/big");
    assertEquals(DeadLetterReason.BODY_TOO_LARGE, f.reason(), f.message());
    assertTrue(
        sent.get() < 40L * 1024 * 1024,
        "the download stopped early, after " + sent.get() + " bytes");
  }

  @Test
  void refusesAGzipBomb() throws IOException {
    ByteArrayOutputStream packed = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(packed)) {
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 200; i++) { // 200 MB of zeros, about 200 kB packed
        gz.write(zeros);
      }
    }
    byte[] bomb = packed.toByteArray();
    assertTrue(bomb.length < 1 << 20, "the bomb itself is small: " + bomb.length);
    server.handle(
        "/bomb",
        ex -> {
          ex.getResponseHeaders().add("Content-Encoding", "gzip");
          LoopbackServer.respond(ex, 200, "text/html", bomb);
        });
    FetchFailure f = failure("/bomb");
    assertEquals(DeadLetterReason.COMPRESSION_BOMB, f.reason(), f.message());
  }

  @Test
  void decodesGzipAndDeflateBodies() throws IOException {
    String html = "<html><body><p>compressed page</p></body></html>";
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write(html.getBytes(StandardCharsets.UTF_8));
    }
    ByteArrayOutputStream zlib = new ByteArrayOutputStream();
    try (DeflaterOutputStream out = new DeflaterOutputStream(zlib)) {
      out.write(html.getBytes(StandardCharsets.UTF_8));
    }
    server.handle(
        "/gz",
        ex -> {
          ex.getResponseHeaders().add("Content-Encoding", "gzip");
          LoopbackServer.respond(ex, 200, "text/html", gz.toByteArray());
        });
    server.handle(
        "/deflate",
        ex -> {
          ex.getResponseHeaders().add("Content-Encoding", "deflate");
          LoopbackServer.respond(ex, 200, "text/html", zlib.toByteArray());
        });
    for (String path : List.of("/gz", "/deflate")) {
      FetchedPage page =
          assertInstanceOf(FetchResult.Page.class, fetcher.fetch(server.url(path))).page();
      assertEquals(html, new String(page.body(), StandardCharsets.UTF_8), path);
    }
  }

  @Test
  void readsAnIso88591PageDeclaredOnlyInItsMetaTagAsWindows1252AsBrowsersDo() {
    String text = "Caf\u00e9 cr\u00e8me, na\u00efve fa\u00e7ade, \u00fcber Stra\u00dfe";
    byte[] body =
        ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">"
                + "</head><body><p>"
                + text
                + "</p></body></html>")
            .getBytes(StandardCharsets.ISO_8859_1);
    server.handle(
        "/latin1",
        ex -> LoopbackServer.respond(ex, 200, "text/html", body)); // no charset in the header
    FetchedPage page =
        assertInstanceOf(FetchResult.Page.class, fetcher.fetch(server.url("/latin1"))).page();
    assertEquals("windows-1252", page.charset());
    assertTrue(decode(page).contains(text));
  }

  @Test
  void takesTheCharsetFromTheBomBeforeTheHeader() {
    byte[] text = "<p>\u00e9t\u00e9</p>".getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[text.length + 3];
    body[0] = (byte) 0xef;
    body[1] = (byte) 0xbb;
    body[2] = (byte) 0xbf;
    System.arraycopy(text, 0, body, 3, text.length);
    server.handle(
        "/bom", ex -> LoopbackServer.respond(ex, 200, "text/html; charset=windows-1252", body));
    FetchedPage page =
        assertInstanceOf(FetchResult.Page.class, fetcher.fetch(server.url("/bom"))).page();
    assertEquals("UTF-8", page.charset());
    assertEquals("<p>\u00e9t\u00e9</p>", decode(page));
  }

  @Test
  void readsAPageThatLiesAboutBeingUtf8InItsRealCharset() {
    String text =
        "Gr\u00fc\u00dfe aus M\u00fcnchen, sagt die B\u00fcrgermeisterin, und die Stra\u00dfenbahn f\u00e4hrt \u00fcber die Br\u00fccke.";
    byte[] body =
        ("<html><head><meta charset=\"utf-8\"></head><body><p>" + text + "</p></body></html>")
            .getBytes(Charset.forName("windows-1252"));
    server.handle("/lie", ex -> LoopbackServer.respond(ex, 200, "text/html; charset=utf-8", body));
    FetchedPage page =
        assertInstanceOf(FetchResult.Page.class, fetcher.fetch(server.url("/lie"))).page();
    assertEquals("windows-1252", page.charset());
    assertTrue(decode(page).contains(text), decode(page));
  }

  private static String decode(FetchedPage page) {
    return TextDecoder.decode(page.body(), CharsetResolver.resolve(page.body(), page.charset()))
        .text();
  }

  @Test
  void stopsARedirectLoop() {
    server.handle("/a", ex -> redirect(ex, "/b"));
    server.handle("/b", ex -> redirect(ex, "/a"));
    FetchFailure f = failure("/a");
    assertEquals(DeadLetterReason.REDIRECT_LOOP, f.reason(), f.message());
    assertEquals(2, server.requests().size(), "stopped at the first repeat");
  }

  @Test
  void stopsAfterTheRedirectLimit() {
    server.handle(
        "/hop",
        ex -> {
          int n = Integer.parseInt(ex.getRequestURI().getQuery());
          redirect(ex, "/hop?" + (n + 1));
        });
    FetchFailure f = failure("/hop?0");
    assertEquals(DeadLetterReason.TOO_MANY_REDIRECTS, f.reason(), f.message());
    assertEquals(6, server.requests().size(), "the first request and 5 redirects");
  }

  @Test
  void skipsAnythingButHtmlXhtmlAndTextWithItsReason() {
    server.handle(
        "/doc.pdf",
        ex ->
            LoopbackServer.respond(
                ex, 200, "application/pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII)));
    server.page("/notes.txt", "text/plain; charset=utf-8", "plain words");
    server.page(
        "/page.xhtml", "application/xhtml+xml", "<html xmlns=\"http://www.w3.org/1999/xhtml\"/>");
    FetchFailure f = failure("/doc.pdf");
    assertEquals(DeadLetterReason.UNSUPPORTED_CONTENT_TYPE, f.reason());
    assertTrue(f.message().contains("application/pdf"), f.message());
    assertInstanceOf(FetchResult.Page.class, fetcher.fetch(server.url("/notes.txt")));
    assertInstanceOf(FetchResult.Page.class, fetcher.fetch(server.url("/page.xhtml")));
  }

  @Test
  void refusesLoopbackWithoutTheAllowOption() {
    server.page("/secret", "text/html", "<p>internal</p>");
    PageFetcher guarded = new PageFetcher(FetchSettings.defaults(), Clock.systemUTC());
    FetchFailure f =
        assertInstanceOf(FetchResult.Failed.class, guarded.fetch(server.url("/secret"))).failure();
    assertEquals(DeadLetterReason.BLOCKED_ADDRESS, f.reason(), f.message());
    assertTrue(server.requests().isEmpty(), "no request reached the server");
    assertInstanceOf(
        FetchResult.Page.class, fetcher.fetch(server.url("/secret")), "allowed with the option");
  }

  @Test
  void refusesARedirectToAnInternalAddress() throws IOException {
    try (LoopbackServer inside = new LoopbackServer()) {
      inside.page("/admin", "text/html", "<p>admin</p>");
      server.handle(
          "/out", ex -> redirect(ex, inside.url("/admin").replace("127.0.0.1", "127.0.0.2")));
      FetchFailure f = failure("/out");
      assertEquals(DeadLetterReason.BLOCKED_ADDRESS, f.reason(), f.message());
    }
  }

  @Test
  void answersAConditionalGetWithNotModified() {
    server.handle(
        "/feed",
        ex -> {
          if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
            ex.sendResponseHeaders(304, -1);
            ex.close();
            return;
          }
          ex.getResponseHeaders().add("ETag", "\"v1\"");
          ex.getResponseHeaders().add("Last-Modified", "Mon, 23 Nov 2026 08:00:00 GMT");
          LoopbackServer.respond(
              ex, 200, "application/rss+xml", "<rss/>".getBytes(StandardCharsets.UTF_8));
        });
    FetchedPage first =
        assertInstanceOf(
                FetchResult.Page.class,
                fetcher.fetch(
                    FetchRequest.document(server.url("/feed"), Validators.NONE), u -> null))
            .page();
    Validators v = Validators.of(first);
    assertEquals("\"v1\"", v.etag());
    assertInstanceOf(
        FetchResult.NotModified.class,
        fetcher.fetch(FetchRequest.document(server.url("/feed"), v), u -> null));
    assertEquals("Mon, 23 Nov 2026 08:00:00 GMT", server.requests().get(1).ifModifiedSince());
  }

  @Test
  void marksServerErrorsAndTooManyRequestsRetryableButNotOther4xx() {
    server.handle(
        "/busy",
        ex -> {
          ex.getResponseHeaders().add("Retry-After", "7");
          LoopbackServer.respond(ex, 429, "text/html", new byte[0]);
        });
    server.handle("/down", ex -> LoopbackServer.respond(ex, 503, "text/html", new byte[0]));
    server.handle("/forbidden", ex -> LoopbackServer.respond(ex, 403, "text/html", new byte[0]));
    FetchFailure busy = failure("/busy");
    assertTrue(busy.retryable());
    assertEquals(Duration.ofSeconds(7), busy.retryAfter());
    assertTrue(failure("/down").retryable());
    assertNull(failure("/down").retryAfter());
    assertTrue(!failure("/forbidden").retryable());
  }

  static void redirect(com.sun.net.httpserver.HttpExchange ex, String location) throws IOException {
    ex.getResponseHeaders().add("Location", location);
    ex.sendResponseHeaders(302, -1);
    ex.close();
  }
}
