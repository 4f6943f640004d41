package io.newsflow.monitor.web;

import com.sun.net.httpserver.HttpExchange;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.monitor.MonitorService;
import io.newsflow.monitor.Snapshot;
import io.newsflow.ops.OpsServer;
import io.newsflow.ops.ServiceMetrics;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * The monitor's page and JSON as routes of the ops module's {@link OpsServer}, beside its {@code
 * /health}, {@code /ready} (reading its topics, and the last lag sample reached Kafka) and {@code
 * /metrics} (the JVM's and a few of the monitor's own figures as gauges).
 */
@SuppressForbidden(reason = "com.sun.net.httpserver is the JDK's exported HTTP server API")
public final class MonitorHttpServer implements AutoCloseable {
  private final OpsServer server;
  private final ServiceMetrics metrics;

  /** Serves the monitor on an OpsServer of its own. */
  public MonitorHttpServer(MonitorService monitor, String host, int port) {
    this.metrics = ServiceMetrics.create("monitor");
    registerGauges(monitor, metrics.registry());
    this.server =
        OpsServer.start(new InetSocketAddress(host, port), metrics.registry(), monitor::readiness);
    addRoutes(server, monitor);
  }

  /** Adds the page and its JSON under {@code /} to a server that already has the ops endpoints. */
  public static void addRoutes(OpsServer server, MonitorService monitor) {
    MonitorRoutes routes = new MonitorRoutes(monitor);
    server.addRoute(
        "/",
        exchange -> {
          try (exchange) {
            String method = exchange.getRequestMethod();
            Optional<Response> answer =
                method.equals("GET") || method.equals("HEAD")
                    ? routes.get(
                        exchange.getRequestURI().getPath(), exchange.getRequestURI().getRawQuery())
                    : Optional.of(Response.text(405, "GET only\n"));
            send(exchange, answer.orElse(Response.text(404, "not found\n")));
          }
        });
  }

  /** The monitor's headline figures on /metrics, for Prometheus alerts. */
  public static void registerGauges(MonitorService monitor, MeterRegistry registry) {
    gauge(
        registry,
        "newsflow_monitor_newest_article_age_seconds",
        monitor,
        s -> {
          Double age = s.latency().newestArticleAgeSeconds();
          return age == null ? Double.NaN : age;
        });
    gauge(registry, "newsflow_monitor_undecodable_records", monitor, s -> monitor.undecodable());
    for (String group : monitor.watchedGroups()) {
      Gauge.builder(
              "newsflow_monitor_consumer_lag_records",
              monitor,
              m ->
                  figure(
                      m,
                      s ->
                          s.lag().stream()
                              .filter(g -> g.group().equals(group))
                              .mapToDouble(Snapshot.GroupLag::lag)
                              .sum()))
          .tag("group", group)
          .description("Records waiting for the group, as the monitor sampled them")
          .register(registry);
    }
  }

  private static void gauge(
      MeterRegistry registry, String name, MonitorService monitor, ToDoubleFunction<Snapshot> f) {
    Gauge.builder(name, monitor, m -> figure(m, f)).register(registry);
  }

  private static double figure(MonitorService m, ToDoubleFunction<Snapshot> f) {
    Snapshot s = m.latest();
    return s == null ? Double.NaN : f.applyAsDouble(s);
  }

  public int port() {
    return server.port();
  }

  public URI uri() {
    return server.uri();
  }

  private static void send(HttpExchange exchange, Response r) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", r.contentType());
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    boolean head = "HEAD".equals(exchange.getRequestMethod());
    exchange.sendResponseHeaders(r.status(), head || r.body().length == 0 ? -1 : r.body().length);
    if (!head) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(r.body());
      }
    }
  }

  @Override
  public void close() {
    server.close();
    metrics.close();
  }
}
