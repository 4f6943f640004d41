package io.newsflow.ops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The HTTP endpoints every service serves: {@code /health} (the process answers), {@code /ready}
 * (the service's own check) and {@code /metrics} (Prometheus text format), plus whatever routes a
 * service adds. The JDK's server: no dependency, and a scrape every few seconds needs no more.
 */
@SuppressForbidden(
    reason =
        "com.sun.net.httpserver is the JDK's exported, supported HTTP server API (module"
            + " jdk.httpserver), not an internal class; jdk-non-portable flags every com.sun name")
public final class OpsServer implements AutoCloseable {
  /** Prometheus text exposition format 0.0.4, what every Prometheus version scrapes. */
  public static final String METRICS_CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  /** Bounded: a few scrapers and page viewers, never an unbounded pile of threads. */
  private static final int MAX_THREADS = 16;

  private final HttpServer server;
  private final ExecutorService executor;
  private final Set<String> paths = ConcurrentHashMap.newKeySet();

  private OpsServer(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  /**
   * Starts serving on the address (port 0 picks a free one).
   *
   * @throws UncheckedIOException when the address cannot be bound (port taken, say)
   */
  public static OpsServer start(
      InetSocketAddress address, PrometheusMeterRegistry registry, ReadinessCheck readiness) {
    HttpServer server;
    try {
      server = HttpServer.create(address, 0);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot listen on " + address.getHostString() + ":" + address.getPort(), e);
    }
    ExecutorService executor = newExecutor();
    server.setExecutor(executor);
    OpsServer ops = new OpsServer(server, executor);
    ops.addRoute("/health", exact("/health", exchange -> text(exchange, 200, "ok\n")));
    ops.addRoute(
        "/ready",
        exact(
            "/ready",
            exchange -> {
              Readiness state = readiness.check();
              text(
                  exchange,
                  state.ready() ? 200 : 503,
                  (state.ready() ? "ready: " : "not ready: ") + state.detail() + "\n");
            }));
    ops.addRoute(
        "/metrics",
        exact(
            "/metrics", exchange -> send(exchange, 200, METRICS_CONTENT_TYPE, registry.scrape())));
    server.start();
    return ops;
  }

  /**
   * Serves the handler for this path and every path below it (the JDK server's prefix matching); a
   * path already taken is refused with {@link IllegalArgumentException}.
   */
  public void addRoute(String path, HttpHandler handler) {
    if (!paths.add(path)) {
      throw new IllegalArgumentException("route " + path + " is already served");
    }
    server.createContext(path, handler);
  }

  /** The port it listens on (the chosen one when started with 0). */
  public int port() {
    return server.getAddress().getPort();
  }

  /** Its base address as a client on this machine reaches it, e.g. http://127.0.0.1:9402/. */
  public URI uri() {
    InetSocketAddress bound = server.getAddress();
    String host =
        bound.getAddress() == null || bound.getAddress().isAnyLocalAddress()
            ? "127.0.0.1"
            : bound.getAddress().getHostAddress();
    if (host.contains(":")) {
      host = "[" + host + "]";
    }
    return URI.create("http://" + host + ":" + bound.getPort() + "/");
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  /** Answers with a plain-text body (also for HEAD, which gets the headers only). */
  public static void text(HttpExchange exchange, int status, String body) throws IOException {
    send(exchange, status, "text/plain; charset=utf-8", body);
  }

  /** Answers with the body in UTF-8 under the content type. */
  public static void send(HttpExchange exchange, int status, String contentType, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    boolean head = "HEAD".equals(exchange.getRequestMethod());
    exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
    if (!head) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
    exchange.close();
  }

  /** Only GET and HEAD on exactly this path: the JDK server would hand it /healthz too. */
  private static HttpHandler exact(String path, HttpHandler handler) {
    return exchange -> {
      try {
        String method = exchange.getRequestMethod();
        if (!exchange.getRequestURI().getPath().equals(path)) {
          text(exchange, 404, "not found\n");
        } else if (!method.equals("GET") && !method.equals("HEAD")) {
          exchange.getResponseHeaders().set("Allow", "GET, HEAD");
          text(exchange, 405, "method not allowed\n");
        } else {
          handler.handle(exchange);
        }
      } catch (RuntimeException e) {
        // A failing check or scrape is a 500 for that request, never a dead server thread.
        text(exchange, 500, "error: " + e + "\n");
      }
    };
  }

  private static ExecutorService newExecutor() {
    AtomicInteger count = new AtomicInteger();
    return new ThreadPoolExecutor(
        0,
        MAX_THREADS,
        60,
        TimeUnit.SECONDS,
        new SynchronousQueue<>(),
        task -> {
          Thread thread = new Thread(task, "newsflow-ops-http-" + count.incrementAndGet());
          thread.setDaemon(true); // the endpoints never keep a stopping service alive
          return thread;
        });
  }
}
