package io.newsflow.ingest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A real HTTP server on 127.0.0.1 that logs every request it gets (path, headers, arrival time).
 */
public final class LoopbackServer implements AutoCloseable {
  /** One request as the server saw it. */
  public record Request(
      String path,
      String ifNoneMatch,
      String ifModifiedSince,
      String userAgent,
      long arrivedNanos) {}

  private final HttpServer server;
  private final List<Request> log = new CopyOnWriteArrayList<>();

  public LoopbackServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newCachedThreadPool());
    server.start();
  }

  public LoopbackServer handle(String path, HttpHandler handler) {
    server.createContext(
        path,
        ex -> {
          log.add(
              new Request(
                  ex.getRequestURI().toString(),
                  ex.getRequestHeaders().getFirst("If-None-Match"),
                  ex.getRequestHeaders().getFirst("If-Modified-Since"),
                  ex.getRequestHeaders().getFirst("User-Agent"),
                  System.nanoTime()));
          handler.handle(ex);
        });
    return this;
  }

  public LoopbackServer page(String path, String contentType, String body) {
    return handle(path, ex -> respond(ex, 200, contentType, body.getBytes(StandardCharsets.UTF_8)));
  }

  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  public List<Request> requests() {
    return List.copyOf(log);
  }

  public List<Request> requests(String pathPrefix) {
    return log.stream().filter(r -> r.path().startsWith(pathPrefix)).toList();
  }

  public static void respond(HttpExchange ex, int status, String type, byte[] body)
      throws IOException {
    if (type != null) {
      ex.getResponseHeaders().add("Content-Type", type);
    }
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      } catch (IOException e) {
        // the client stopped reading
      }
    }
    ex.close();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
