package io.newsflow.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.Counter;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The endpoints over real HTTP on a loopback port. */
class OpsServerTest {
  private final HttpClient client = HttpClient.newHttpClient();

  private HttpResponse<String> get(OpsServer server, String path)
      throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(server.uri().resolve(path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static OpsServer start(ServiceMetrics metrics, ReadinessCheck readiness) {
    return OpsServer.start(new InetSocketAddress("127.0.0.1", 0), metrics.registry(), readiness);
  }

  @Test
  void servesHealthAndMetricsInPrometheusTextFormat() throws Exception {
    try (ServiceMetrics metrics = ServiceMetrics.create("test");
        OpsServer server = start(metrics, () -> Readiness.ready("fine"))) {
      Counter pages = Counter.builder("newsflow.test.pages").register(metrics.registry());
      pages.increment(3);

      HttpResponse<String> health = get(server, "/health");
      assertEquals(200, health.statusCode());
      assertEquals("ok\n", health.body());

      HttpResponse<String> scrape = get(server, "/metrics");
      assertEquals(200, scrape.statusCode());
      assertTrue(
          scrape.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"),
          scrape.headers().toString());
      assertTrue(
          scrape.body().contains("newsflow_test_pages_total{service=\"test\"} 3.0"), scrape.body());
      assertTrue(scrape.body().contains("jvm_memory_used_bytes"), "JVM metrics are bound");
    }
  }

  @Test
  void readyFollowsTheServicesCheck() throws Exception {
    AtomicBoolean ready = new AtomicBoolean(false);
    ReadinessCheck check =
        () -> ready.get() ? Readiness.ready("assigned") : Readiness.notReady("no partitions");
    try (ServiceMetrics metrics = ServiceMetrics.create("test");
        OpsServer server = start(metrics, check)) {
      HttpResponse<String> before = get(server, "/ready");
      assertEquals(503, before.statusCode());
      assertEquals("not ready: no partitions\n", before.body());
      ready.set(true);
      HttpResponse<String> after = get(server, "/ready");
      assertEquals(200, after.statusCode());
      assertEquals("ready: assigned\n", after.body());
    }
  }

  @Test
  void combinedChecksNameTheFirstThatFails() {
    ReadinessCheck up = () -> Readiness.ready("Kafka reachable");
    ReadinessCheck down = () -> Readiness.notReady("Streams REBALANCING");
    assertEquals(Readiness.notReady("Streams REBALANCING"), up.and(down).check());
    assertEquals(Readiness.ready("Kafka reachable; Kafka reachable"), up.and(up).check());
  }

  @Test
  void addedRoutesAreServedAndUnknownPathsAre404() throws Exception {
    try (ServiceMetrics metrics = ServiceMetrics.create("test");
        OpsServer server = start(metrics, () -> Readiness.ready("x"))) {
      server.addRoute("/page", exchange -> OpsServer.text(exchange, 200, "page\n"));
      assertEquals("page\n", get(server, "/page").body());
      assertEquals(404, get(server, "/healthz").statusCode());
      assertEquals(404, get(server, "/nothing").statusCode());
      assertThrows(
          IllegalArgumentException.class,
          () -> server.addRoute("/health", exchange -> OpsServer.text(exchange, 200, "")));
      HttpResponse<String> post =
          client.send(
              HttpRequest.newBuilder(server.uri().resolve("/health"))
                  .POST(HttpRequest.BodyPublishers.noBody())
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(405, post.statusCode());
    }
  }

  @Test
  void aFailingCheckIsA500NotADeadServer() throws Exception {
    try (ServiceMetrics metrics = ServiceMetrics.create("test");
        OpsServer server =
            start(
                metrics,
                () -> {
                  throw new IllegalStateException("boom");
                })) {
      assertEquals(500, get(server, "/ready").statusCode());
      assertEquals(200, get(server, "/health").statusCode());
    }
  }

  @Test
  void aTakenPortIsAClearError() {
    try (ServiceMetrics metrics = ServiceMetrics.create("test");
        OpsServer first = start(metrics, () -> Readiness.ready("x"))) {
      var error =
          assertThrows(
              java.io.UncheckedIOException.class,
              () ->
                  OpsServer.start(
                      new InetSocketAddress("127.0.0.1", first.port()),
                      metrics.registry(),
                      () -> Readiness.ready("x")));
      assertTrue(error.getMessage().contains(":" + first.port()), error.getMessage());
    }
  }

  @Test
  void kafkaReachableSaysNotReadyWhenNoBrokerAnswers() {
    try (KafkaReachable check =
        new KafkaReachable(
            Map.of("bootstrap.servers", "127.0.0.1:1"), java.time.Duration.ofMillis(300))) {
      Readiness state = check.check();
      assertTrue(!state.ready() && state.detail().contains("not reachable"), state.toString());
    }
  }

  @Test
  void uriPointsAtLoopbackWhenBoundToAllInterfaces() {
    try (ServiceMetrics metrics = ServiceMetrics.create("test");
        OpsServer server =
            OpsServer.start(
                new InetSocketAddress(0), metrics.registry(), () -> Readiness.ready(""))) {
      assertEquals(URI.create("http://127.0.0.1:" + server.port() + "/"), server.uri());
    }
  }
}
