package io.newsflow.ingest.fetch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.newsflow.schema.deadletter.DeadLetterReason;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against a real HTTP server on loopback. */
class PageFetcherTest {
  static final int LIMIT = 64 * 1024;
  HttpServer server;
  String base;
  PageFetcher fetcher;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/page",
        ex ->
            respond(
                ex,
                200,
                "text/html; charset=ISO-8859-1",
                "<p>caf\u00e9</p>".getBytes(StandardCharsets.ISO_8859_1)));
    server.createContext(
        "/missing", ex -> respond(ex, 404, "text/html", "nope".getBytes(StandardCharsets.UTF_8)));
    server.createContext("/empty", ex -> respond(ex, 200, "text/html", new byte[0]));
    server.createContext(
        "/moved",
        ex -> {
          ex.getResponseHeaders().add("Location", "/page");
          ex.sendResponseHeaders(301, -1);
          ex.close();
        });
    server.createContext(
        "/huge",
        ex -> { // streams more than the limit without a Content-Length
          ex.getResponseHeaders().add("Content-Type", "text/html");
          ex.sendResponseHeaders(200, 0);
          try (OutputStream out = ex.getResponseBody()) {
            byte[] chunk = new byte[8192];
            for (int i = 0; i < 1000; i++) {
              out.write(chunk);
            }
          } catch (IOException e) {
            // the client hung up once it had enough: expected
          }
        });
    server.createContext(
        "/stall",
        ex -> { // headers at once, then the body never comes
          ex.getResponseHeaders().add("Content-Type", "text/html");
          ex.sendResponseHeaders(200, 0);
          try {
            ex.getResponseBody().write("<p>first bytes".getBytes(StandardCharsets.UTF_8));
            ex.getResponseBody().flush();
            Thread.sleep(10_000);
          } catch (InterruptedException | IOException e) {
            // server stopping
          }
          ex.close();
        });
    server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
    fetcher = new PageFetcher(settings(Duration.ofSeconds(10), LIMIT), Clock.systemUTC());
  }

  /** Loopback allowed: these tests are about everything but the SSRF guard. */
  static FetchSettings settings(Duration timeout, int limit) {
    return new FetchSettings(
        "test-agent", Duration.ofSeconds(2), timeout, timeout, limit, 5, List.of("127.0.0.1"));
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  static void respond(com.sun.net.httpserver.HttpExchange ex, int status, String type, byte[] body)
      throws IOException {
    ex.getResponseHeaders().add("Content-Type", type);
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    }
    ex.close();
  }

  @Test
  void fetchesAPageWithItsContentTypeAndCharset() {
    FetchedPage page =
        assertInstanceOf(FetchResult.Page.class, fetcher.fetch(base + "/page")).page();
    assertEquals(200, page.status());
    assertEquals("text/html", page.contentType());
    assertEquals("windows-1252", page.charset(), "ISO-8859-1 read as browsers read it");
    assertArrayEquals("<p>caf\u00e9</p>".getBytes(StandardCharsets.ISO_8859_1), page.body());
  }

  @Test
  void followsRedirectsAndRecordsTheFinalUrl() {
    FetchedPage page =
        assertInstanceOf(FetchResult.Page.class, fetcher.fetch(base + "/moved")).page();
    assertEquals(base + "/moved", page.requestedUrl());
    assertEquals(base + "/page", page.finalUrl());
  }

  @Test
  void reportsAnErrorStatusAsAFailureWithItsReason() {
    FetchFailure failure =
        assertInstanceOf(FetchResult.Failed.class, fetcher.fetch(base + "/missing")).failure();
    assertEquals(DeadLetterReason.HTTP_STATUS, failure.reason());
    assertTrue(failure.message().contains("404"));
  }

  @Test
  void reportsAnEmptyBody() {
    FetchFailure failure =
        assertInstanceOf(FetchResult.Failed.class, fetcher.fetch(base + "/empty")).failure();
    assertEquals(DeadLetterReason.EMPTY_BODY, failure.reason());
  }

  @Test
  void stopsReadingABodyOverTheLimit() {
    FetchFailure failure =
        assertInstanceOf(FetchResult.Failed.class, fetcher.fetch(base + "/huge")).failure();
    assertEquals(DeadLetterReason.BODY_TOO_LARGE, failure.reason());
  }

  @Test
  void givesUpOnABodyThatStopsComingAtTheRequestTimeout() {
    PageFetcher quick = new PageFetcher(settings(Duration.ofMillis(800), LIMIT), Clock.systemUTC());
    long start = System.nanoTime();
    FetchFailure failure =
        assertInstanceOf(FetchResult.Failed.class, quick.fetch(base + "/stall")).failure();
    assertEquals(DeadLetterReason.TIMEOUT, failure.reason());
    assertTrue(
        System.nanoTime() - start < Duration.ofSeconds(5).toNanos(), "bounded by the timeout");
    assertTrue(!Thread.currentThread().isInterrupted(), "the deadline does not leak an interrupt");
  }

  @Test
  void reportsAUrlTheHttpClientRejects() {
    assertEquals(
        DeadLetterReason.INVALID_URL,
        assertInstanceOf(FetchResult.Failed.class, fetcher.fetch("http://127.0.0.1:99999/"))
            .failure()
            .reason());
  }

  @Test
  void refusesSchemesOtherThanHttp() {
    assertEquals(
        DeadLetterReason.INVALID_URL,
        assertInstanceOf(FetchResult.Failed.class, fetcher.fetch("file:///etc/passwd"))
            .failure()
            .reason());
    assertEquals(
        DeadLetterReason.INVALID_URL,
        assertInstanceOf(FetchResult.Failed.class, fetcher.fetch("not a url")).failure().reason());
  }

  @Test
  void reportsAConnectionRefused() throws IOException {
    int closedPort;
    try (java.net.ServerSocket s =
        new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = s.getLocalPort();
    }
    FetchFailure failure =
        assertInstanceOf(
                FetchResult.Failed.class, fetcher.fetch("http://127.0.0.1:" + closedPort + "/"))
            .failure();
    assertEquals(DeadLetterReason.IO_ERROR, failure.reason());
  }
}
