package io.newsflow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.newsflow.app.embedded.EmbeddedKafkaBroker;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The three services as processes of the packaged jar, each serving /metrics on a loopback port,
 * scraped by a real Prometheus server (Debian's package, which .ci/run installs): every target is
 * up, and a pipeline counter queried through Prometheus's HTTP API moves with the traffic.
 */
class PrometheusIT {
  static final Path PROMETHEUS = Path.of("/usr/bin/prometheus");
  static final Path SAMPLES = RunOutput.repoRoot().resolve("samples");
  static final Pattern ENDPOINT =
      Pattern.compile("(\\w+): /health, /ready and /metrics on (http://\\S+/)");

  /**
   * Each wait's bound: a few seconds on a quiet machine, but three JVMs starting on two shared
   * cores can take a minute.
   */
  static final long WAIT_SECONDS = 180;

  @TempDir Path work;
  final List<Process> processes = new ArrayList<>();
  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  HttpServer site;

  @AfterEach
  void stop() {
    processes.forEach(Process::destroyForcibly);
    if (site != null) {
      site.stop(0);
    }
  }

  @Test
  void prometheusScrapesEveryServiceAndSeesTheCountersMove() throws Exception {
    assertTrue(Files.exists(ServicesIT.JAR), "package the jar first: " + ServicesIT.JAR);
    assertTrue(
        Files.isExecutable(PROMETHEUS),
        "no " + PROMETHEUS + ": install Debian's prometheus package (.ci/run does)");
    List<Path> pages;
    try (var files = Files.list(SAMPLES)) {
      pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
    List<Path> listed = new CopyOnWriteArrayList<>(pages.subList(0, 2));
    site = feedSite(pages, listed);
    String feed = "http://127.0.0.1:" + site.getAddress().getPort() + "/rss.xml";

    long start = System.nanoTime();
    try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(work.resolve("broker"), 16 << 20)) {
      String kafka = broker.bootstrapServers();
      List<String> endpoint = List.of("--http-port", "0", "--http-host", "127.0.0.1");
      start(
          "sink", endpoint, "--bootstrap-servers", kafka, "--out", work.resolve("out").toString());
      start(
          "enrich",
          endpoint,
          "--bootstrap-servers",
          kafka,
          "--work-dir",
          work.resolve("enrich").toString());
      start(
          "ingest",
          endpoint,
          "--bootstrap-servers",
          kafka,
          "--feed",
          feed,
          "--allow-address",
          "127.0.0.1",
          "--poll-interval",
          "1s",
          "--per-host-delay",
          "50ms");
      Map<String, URI> endpoints = awaitEndpoints(List.of("ingest", "enrich", "sink"));
      for (URI uri : endpoints.values()) {
        awaitStatus(uri.resolve("/ready"), 200); // Kafka answers, Streams RUNNING, sink assigned
      }
      double ready = (System.nanoTime() - start) / 1e9;
      URI prometheus = startPrometheus(endpoints);

      // All three targets up, each with its service's label on the meters.
      awaitQuery(prometheus, "sum(up)", v -> v == 3);
      awaitQuery(prometheus, "count(count by (service) (jvm_memory_used_bytes))", v -> v == 3);
      double up = (System.nanoTime() - start) / 1e9;

      // The first two pages, then three more listed: the counters follow the traffic.
      awaitQuery(prometheus, "sum(newsflow_ingest_pages_published_total)", v -> v == 2);
      awaitQuery(prometheus, "sum(newsflow_sink_articles_written_total)", v -> v == 2);
      listed.addAll(pages.subList(2, pages.size()));
      awaitQuery(prometheus, "sum(newsflow_ingest_pages_published_total)", v -> v == 5);
      awaitQuery(prometheus, "sum(newsflow_sink_articles_written_total)", v -> v == 5);
      awaitQuery(prometheus, "sum(newsflow_enrich_articles_total)", v -> v == 5);
      double extracted =
          awaitQuery(prometheus, "sum(newsflow_enrich_extraction_seconds_count)", v -> v == 5);
      assertEquals(5, extracted);
      // Kafka's own client and Streams metrics come through Micrometer's binders.
      awaitQuery(
          prometheus, "sum(kafka_producer_record_send_total{service=\"ingest\"})", v -> v >= 5);
      awaitQuery(prometheus, "count(kafka_stream_thread_process_total)", v -> v >= 1);
      awaitQuery(
          prometheus,
          "count(newsflow_dead_letters_total{stage=\"enrich\",reason=\"not_html\"})",
          v -> v == 1);
      System.out.printf(
          Locale.ROOT,
          "PrometheusIT: services ready after %.1f s, 3 targets up after %.1f s, counters moved"
              + " with the traffic after %.1f s%n",
          ready,
          up,
          (System.nanoTime() - start) / 1e9);
    }
  }

  /** An RSS feed listing the pages in {@code listed} (as the test adds them), and the pages. */
  static HttpServer feedSite(List<Path> pages, List<Path> listed) throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    int port = server.getAddress().getPort();
    for (Path page : pages) {
      byte[] body = Files.readAllBytes(page);
      server.createContext(
          "/news/" + page.getFileName(), ex -> send(ex, "text/html; charset=utf-8", body));
    }
    server.createContext(
        "/robots.txt", ex -> send(ex, "text/plain", bytes("User-agent: *\nAllow: /\n")));
    server.createContext(
        "/rss.xml",
        ex -> {
          StringBuilder rss =
              new StringBuilder(
                  "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>");
          for (Path page : listed) {
            rss.append(
                String.format(
                    Locale.ROOT,
                    "<item><title>%s</title><link>http://127.0.0.1:%d/news/%s</link></item>",
                    page.getFileName(),
                    port,
                    page.getFileName()));
          }
          send(ex, "application/rss+xml", bytes(rss.append("</channel></rss>").toString()));
        });
    server.start();
    return server;
  }

  private static void send(HttpExchange ex, String type, byte[] body) throws IOException {
    ex.getResponseHeaders().set("Content-Type", type);
    ex.sendResponseHeaders(200, body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  void start(String stage, List<String> endpoint, String... args) throws IOException {
    List<String> command =
        new ArrayList<>(
            List.of(ServicesIT.javaBin(), "-Xmx384m", "-jar", ServicesIT.JAR.toString()));
    command.add(stage);
    command.addAll(endpoint);
    command.addAll(List.of(args));
    processes.add(
        new ProcessBuilder(command)
            .directory(work.toFile())
            .redirectOutput(work.resolve(stage + ".out").toFile())
            .redirectError(work.resolve(stage + ".err").toFile())
            .start());
  }

  /** Each service prints where it serves; read the addresses from their outputs. */
  Map<String, URI> awaitEndpoints(List<String> stages) throws Exception {
    Map<String, URI> found = new TreeMap<>();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
    while (found.size() < stages.size()) {
      for (String stage : stages) {
        Matcher m = ENDPOINT.matcher(read(stage + ".out"));
        if (m.find()) {
          assertEquals(stage, m.group(1));
          found.put(stage, URI.create(m.group(2)));
        }
      }
      for (Process p : processes) {
        assertTrue(p.isAlive(), "a service exited: " + outputs());
      }
      assertTrue(System.nanoTime() < deadline, "no endpoints printed: " + outputs());
      Thread.sleep(200);
    }
    return found;
  }

  void awaitStatus(URI uri, int status) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
    String last = "";
    while (System.nanoTime() < deadline) {
      HttpResponse<String> r =
          http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() == status) {
        return;
      }
      last = r.statusCode() + " " + r.body();
      Thread.sleep(200);
    }
    throw new AssertionError(uri + " answered " + last + "; " + outputs());
  }

  URI startPrometheus(Map<String, URI> endpoints) throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = free.getLocalPort();
    }
    StringBuilder config =
        new StringBuilder(
            "global:\n  scrape_interval: 1s\n  scrape_timeout: 1s\n  evaluation_interval: 1s\n"
                + "scrape_configs:\n  - job_name: newsflow\n    static_configs:\n      - targets:\n");
    for (URI uri : endpoints.values()) {
      config.append("          - '127.0.0.1:").append(uri.getPort()).append("'\n");
    }
    Path file = work.resolve("prometheus.yml");
    Files.writeString(file, config, StandardCharsets.UTF_8);
    processes.add(
        new ProcessBuilder(
                PROMETHEUS.toString(),
                "--config.file=" + file,
                "--storage.tsdb.path=" + work.resolve("tsdb"),
                "--web.listen-address=127.0.0.1:" + port)
            .directory(work.toFile())
            .redirectOutput(work.resolve("prometheus.out").toFile())
            .redirectError(work.resolve("prometheus.err").toFile())
            .start());
    URI base = URI.create("http://127.0.0.1:" + port + "/");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (true) {
      try {
        HttpResponse<String> r =
            http.send(
                HttpRequest.newBuilder(base.resolve("/-/ready")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200) {
          return base;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      assertTrue(
          System.nanoTime() < deadline, "prometheus did not start: " + read("prometheus.err"));
      Thread.sleep(200);
    }
  }

  /** Polls an instant query until its single value satisfies the condition; returns it. */
  double awaitQuery(URI prometheus, String query, Predicate<Double> condition) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
    String last = "";
    while (System.nanoTime() < deadline) {
      URI uri =
          prometheus.resolve(
              "/api/v1/query?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
      HttpResponse<String> r =
          http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
      last = r.body();
      JsonNode result = RunOutput.JSON.readTree(r.body()).path("data").path("result");
      if (result.size() == 1) {
        double value = Double.parseDouble(result.get(0).path("value").get(1).asText());
        if (condition.test(value)) {
          return value;
        }
      }
      Thread.sleep(250);
    }
    throw new AssertionError(
        query + " never held; last answer " + last + "; targets " + targets(prometheus));
  }

  String targets(URI prometheus) {
    try {
      return http.send(
              HttpRequest.newBuilder(prometheus.resolve("/api/v1/targets")).build(),
              HttpResponse.BodyHandlers.ofString())
          .body();
    } catch (IOException | InterruptedException e) {
      return e.toString();
    }
  }

  String read(String name) throws IOException {
    Path file = work.resolve(name);
    return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
  }

  String outputs() throws IOException {
    StringBuilder all = new StringBuilder();
    for (String stage : List.of("ingest", "enrich", "sink")) {
      all.append("\n--- ")
          .append(stage)
          .append(" ---\n")
          .append(read(stage + ".out"))
          .append(read(stage + ".err"));
    }
    return all.toString();
  }
}
