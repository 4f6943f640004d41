package io.newsflow.app;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small news site on loopback: robots.txt with a Crawl-delay, an RSS feed with an ETag (304 on a
 * match), a news sitemap, article pages (the bundled samples) and redirects to them. It records
 * when each request arrived.
 */
final class LoopbackNewsSite implements AutoCloseable {
  static final String ETAG = "\"feed-v1\"";

  private final HttpServer server;
  private final List<String> pages = new ArrayList<>();
  private final List<Long> requestNanos = new ArrayList<>();
  private final List<String> requestPaths = new ArrayList<>();

  private LoopbackNewsSite(HttpServer server) {
    this.server = server;
  }

  /** The site; {@code crawlDelaySeconds} 0 leaves Crawl-delay out of robots.txt. */
  static LoopbackNewsSite start(Path samples, int crawlDelaySeconds) throws IOException {
    HttpServer http =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    LoopbackNewsSite site = new LoopbackNewsSite(http);
    try (var files = Files.list(samples)) {
      for (Path page : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
        String path = "/news/" + page.getFileName();
        byte[] body = Files.readAllBytes(page);
        site.pages.add(path);
        site.handle(path, ex -> send(ex, 200, "text/html; charset=utf-8", body));
        site.handle(
            "/go/" + page.getFileName(),
            ex -> redirect(ex, "/moved/" + page.getFileName())); // two hops to the page
        site.handle("/moved/" + page.getFileName(), ex -> redirect(ex, path));
      }
    }
    String robots =
        "User-agent: *\nAllow: /\n"
            + (crawlDelaySeconds > 0 ? "Crawl-delay: " + crawlDelaySeconds + "\n" : "");
    site.handle("/robots.txt", ex -> send(ex, 200, "text/plain", bytes(robots)));
    site.handle("/rss.xml", site::feed);
    site.handle(
        "/news-sitemap.xml", ex -> send(ex, 200, "application/xml", bytes(site.newsSitemap())));
    http.start();
    return site;
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  List<String> pages() {
    return pages;
  }

  synchronized List<Long> requestNanos() {
    return List.copyOf(requestNanos);
  }

  synchronized List<String> requestPaths() {
    return List.copyOf(requestPaths);
  }

  private interface Handler {
    void handle(HttpExchange exchange) throws IOException;
  }

  private void handle(String path, Handler handler) {
    server.createContext(
        path,
        ex -> {
          synchronized (this) {
            requestNanos.add(System.nanoTime());
            requestPaths.add(ex.getRequestURI().getPath());
          }
          try (ex) {
            if (!ex.getRequestURI().getPath().equals(path)) {
              send(ex, 404, "text/plain", bytes("not found"));
            } else {
              handler.handle(ex);
            }
          }
        });
  }

  /** Items point at the redirects, so every page is reached through two hops. */
  private void feed(HttpExchange ex) throws IOException {
    if (ETAG.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
      ex.getResponseHeaders().add("ETag", ETAG);
      ex.sendResponseHeaders(304, -1);
      return;
    }
    StringBuilder rss =
        new StringBuilder(
            "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Loopback</title>");
    for (String page : pages) {
      rss.append(
          String.format(
              Locale.ROOT,
              "<item><title>%s</title><link>%s</link>"
                  + "<pubDate>Thu, 08 May 2025 21:40:12 GMT</pubDate></item>",
              page,
              url(page.replace("/news/", "/go/"))));
    }
    rss.append("</channel></rss>");
    ex.getResponseHeaders().add("ETag", ETAG);
    send(ex, 200, "application/rss+xml", bytes(rss.toString()));
  }

  private String newsSitemap() {
    StringBuilder xml =
        new StringBuilder(
            "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
                + " xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">");
    for (String page : pages) {
      xml.append("<url><loc>")
          .append(url(page))
          .append("</loc><news:news><news:publication><news:name>Loopback</news:name>")
          .append("<news:language>en</news:language></news:publication>")
          .append("<news:publication_date>2025-05-08T21:40:12Z</news:publication_date>")
          .append("<news:title>")
          .append(page)
          .append("</news:title></news:news></url>");
    }
    return xml.append("</urlset>").toString();
  }

  private static void redirect(HttpExchange ex, String to) throws IOException {
    ex.getResponseHeaders().add("Location", to);
    ex.sendResponseHeaders(301, -1);
  }

  private static void send(HttpExchange ex, int status, String type, byte[] body)
      throws IOException {
    ex.getResponseHeaders().add("Content-Type", type);
    ex.sendResponseHeaders(status, body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
