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
import java.util.Random;

/** A loopback HTTP server with the good sample pages and every kind of bad response around them. */
final class BadInputServer implements AutoCloseable {
  private final HttpServer server;
  private final List<String> paths = new ArrayList<>();
  private int good;

  private BadInputServer(HttpServer server) {
    this.server = server;
  }

  static BadInputServer start(Path samples) throws IOException {
    HttpServer http =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    BadInputServer s = new BadInputServer(http);
    try (var files = Files.list(samples)) {
      for (Path page : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
        s.serve(
            "/good/" + page.getFileName(),
            200,
            "text/html; charset=utf-8",
            Files.readAllBytes(page));
        s.good++;
      }
    }
    s.serveFeed();
    s.serve(
        "/report.pdf",
        200,
        "application/pdf",
        "%PDF-1.7\n%\u00e2\u00e3 binary".getBytes(StandardCharsets.ISO_8859_1));
    byte[] blob = new byte[50_000];
    new Random(1).nextBytes(blob);
    s.serve("/blob", 200, "text/html", blob);
    s.serve("/empty", 200, "text/html", new byte[0]);
    s.serve("/gone", 404, "text/html", "<h1>Not found</h1>".getBytes(StandardCharsets.UTF_8));
    s.serve("/latin1-as-utf8", 200, "text/html; charset=utf-8", invalidUtf8());
    byte[] huge = new byte[20 * 1024 * 1024];
    java.util.Arrays.fill(huge, (byte) 'x');
    s.serve("/huge", 200, "text/html", huge);
    http.start();
    return s;
  }

  /** Words in bytes 0x80-0xFF that are never valid UTF-8, inside a well-formed page. */
  private static byte[] invalidUtf8() {
    StringBuilder junk =
        new StringBuilder("<html><head><meta charset=utf-8></head><body><article>");
    Random r = new Random(3);
    for (int p = 0; p < 6; p++) {
      junk.append("<p>");
      for (int i = 0; i < 400; i++) {
        junk.append((char) (0x80 + r.nextInt(0x40)));
      }
      junk.append("</p>");
    }
    return junk.append("</article></body></html>").toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  /** An RSS 2.0 feed listing the good pages (relative links, as some feeds have them). */
  private void serveFeed() {
    StringBuilder rss =
        new StringBuilder(
            "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Samples</title>");
    paths.stream()
        .filter(p -> p.startsWith("/good/"))
        .forEach(
            p -> rss.append("<item><title>t</title><link>").append(p).append("</link></item>"));
    byte[] body = rss.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8);
    server.createContext("/feed.xml", ex -> respond(ex, 200, "application/rss+xml", body));
  }

  String feedUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/feed.xml";
  }

  private void serve(String path, int status, String type, byte[] body) {
    paths.add(path);
    server.createContext(path, ex -> respond(ex, status, type, body));
  }

  private static void respond(HttpExchange ex, int status, String type, byte[] body)
      throws IOException {
    ex.getResponseHeaders().add("Content-Type", type);
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      } catch (IOException e) {
        // the client stopped reading a body over its limit
      }
    }
    ex.close();
  }

  List<String> urls() {
    String base = "http://127.0.0.1:" + server.getAddress().getPort();
    return paths.stream().map(p -> base + p).toList();
  }

  int goodPages() {
    return good;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
