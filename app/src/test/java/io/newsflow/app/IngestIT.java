package io.newsflow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.newsflow.app.embedded.EmbeddedKafkaBroker;
import io.newsflow.ingest.IngestConfig;
import io.newsflow.ingest.IngestService;
import io.newsflow.ingest.fetch.FetchSettings;
import io.newsflow.ingest.polite.PolitenessSettings;
import io.newsflow.ingest.publish.PublishListener;
import io.newsflow.ingest.source.SourceSpec;
import io.newsflow.schema.DeadLetter;
import io.newsflow.schema.KafkaConnection;
import io.newsflow.schema.RawPage;
import io.newsflow.schema.SourceKind;
import io.newsflow.schema.TopicCreator;
import io.newsflow.schema.TopicSettings;
import io.newsflow.schema.Topics;
import io.newsflow.schema.deadletter.DeadLetterReason;
import io.newsflow.schema.deadletter.Stage;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * The ingest service on a real embedded broker against a real HTTP server on loopback: the parts
 * that need Kafka (fetched URLs remembered, sources shared by a consumer group) and whole source
 * kinds end to end. Each test has its own topics.
 */
class IngestIT {
  static EmbeddedKafkaBroker broker;
  @TempDir static Path brokerDir;
  @TempDir Path dir;

  HttpServer http;
  final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
  final List<IngestService> services = new CopyOnWriteArrayList<>();
  TopicSettings topics;

  @BeforeAll
  static void startBroker() {
    broker = EmbeddedKafkaBroker.start(brokerDir.resolve("kafka"), 16 << 20);
  }

  @AfterAll
  static void stopBroker() {
    broker.close();
  }

  @BeforeEach
  void start() throws IOException {
    http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    http.setExecutor(Executors.newCachedThreadPool());
    http.start();
    String run = UUID.randomUUID().toString().substring(0, 8);
    topics =
        new TopicSettings(
            "raw-" + run,
            "articles-" + run,
            "dead-" + run,
            "sources-" + run,
            "fetched-" + run,
            3,
            (short) 1,
            16 << 20);
  }

  @AfterEach
  void stop() {
    services.forEach(IngestService::close);
    http.stop(0);
  }

  // ---- the server

  void serve(String path, int status, String type, String body, Map<String, String> headers) {
    http.createContext(
        path,
        ex -> {
          hits.computeIfAbsent(ex.getRequestURI().getPath(), p -> new AtomicInteger())
              .incrementAndGet();
          headers.forEach((k, v) -> ex.getResponseHeaders().add(k, v));
          respond(ex, status, type, body.getBytes(StandardCharsets.UTF_8));
        });
  }

  static void respond(HttpExchange ex, int status, String type, byte[] body) throws IOException {
    ex.getResponseHeaders().add("Content-Type", type);
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    }
    ex.close();
  }

  String url(String path) {
    return "http://127.0.0.1:" + http.getAddress().getPort() + path;
  }

  int hits(String path) {
    AtomicInteger n = hits.get(path);
    return n == null ? 0 : n.get();
  }

  List<String> servePages(String prefix, int n) {
    List<String> paths = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String path = prefix + i;
      serve(
          path,
          200,
          "text/html; charset=utf-8",
          "<html><body><h1>Story " + i + "</h1></body></html>",
          Map.of());
      paths.add(path);
    }
    return paths;
  }

  String rss(List<String> paths) {
    StringBuilder rss =
        new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>");
    paths.forEach(
        p ->
            rss.append("<item><title>x</title><link>")
                .append(url(p))
                .append("?utm_source=rss</link></item>"));
    return rss.append("</channel></rss>").toString();
  }

  // ---- the service

  IngestConfig config(List<SourceSpec> sources, boolean allowLoopback) {
    FetchSettings fetch =
        FetchSettings.defaults()
            .withAllowAddresses(allowLoopback ? List.of("127.0.0.1") : List.of());
    PolitenessSettings polite =
        PolitenessSettings.defaults()
            .withPerHostDelay(Duration.ZERO)
            .withRetries(1, Duration.ofMillis(50), Duration.ofSeconds(5));
    return IngestConfig.defaults().withSources(sources).withFetch(fetch).withPoliteness(polite);
  }

  IngestService service(IngestConfig config) {
    KafkaConnection kafka = KafkaConnection.to(broker.bootstrapServers());
    TopicCreator.createMissing(kafka, topics); // as the commands do at start
    IngestService s =
        new IngestService(config, kafka, topics, PublishListener.NONE, Clock.systemUTC());
    services.add(s);
    return s;
  }

  Thread runInBackground(IngestService s) {
    Thread t =
        new Thread(
            () -> {
              try {
                s.run();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    t.start();
    return t;
  }

  /**
   * Every record of the topic, read from the start until `expected` are there and no more come for
   * a while.
   */
  List<ConsumerRecord<String, byte[]>> records(String topic, int expected, Duration quiet)
      throws InterruptedException {
    Map<String, Object> config = new HashMap<>();
    config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    List<ConsumerRecord<String, byte[]>> all = new ArrayList<>();
    try (KafkaConsumer<String, byte[]> c =
        new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> parts =
          c.partitionsFor(topic, Duration.ofSeconds(30)).stream()
              .map(p -> new TopicPartition(topic, p.partition()))
              .toList();
      c.assign(parts);
      c.seekToBeginning(parts);
      Instant deadline = Instant.now().plusSeconds(60);
      Instant lastNew = Instant.now();
      while (Instant.now().isBefore(deadline)) {
        int before = all.size();
        c.poll(Duration.ofMillis(200)).forEach(all::add);
        if (all.size() > before) {
          lastNew = Instant.now();
        }
        if (all.size() >= expected && Instant.now().isAfter(lastNew.plus(quiet))) {
          break;
        }
      }
    }
    return all;
  }

  List<RawPage> rawPages(int expected, Duration quiet) throws InterruptedException {
    return records(topics.rawPages(), expected, quiet).stream()
        .map(r -> Topics.RAW_PAGE_SERDE.decode(r.value()))
        .toList();
  }

  // ---- the tests

  @Test
  void followsASitemapIndexToEveryPage() throws Exception {
    List<String> a = servePages("/a/story-", 2);
    List<String> b = servePages("/b/story-", 3);
    serve(
        "/sitemap_index.xml",
        200,
        "application/xml",
        "<?xml version=\"1.0\"?>"
            + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
            + "<sitemap><loc>"
            + url("/sitemap-a.xml")
            + "</loc></sitemap><sitemap><loc>"
            + url("/sitemap-b.xml")
            + "</loc></sitemap>"
            + "</sitemapindex>",
        Map.of());
    serve("/sitemap-a.xml", 200, "application/xml", urlset(a, true), Map.of());
    serve("/sitemap-b.xml", 200, "text/xml", urlset(b, false), Map.of());

    service(
            config(
                List.of(
                    SourceSpec.of(SourceKind.SITEMAP, url("/sitemap_index.xml"), Duration.ZERO)),
                true))
        .run();

    List<RawPage> pages = rawPages(5, Duration.ofMillis(500));
    assertEquals(5, pages.size());
    assertTrue(pages.stream().allMatch(p -> p.getSourceKind() == SourceKind.SITEMAP));
    assertEquals(5, pages.stream().map(RawPage::getRequestedUrl).distinct().count());
  }

  String urlset(List<String> paths, boolean news) {
    StringBuilder x =
        new StringBuilder(
            "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
                + " xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">");
    for (String p : paths) {
      x.append("<url><loc>").append(url(p)).append("</loc>");
      if (news) {
        x.append(
            "<news:news><news:publication><news:name>T</news:name><news:language>en</news:language></news:publication>"
                + "<news:publication_date>2026-11-23T08:00:00Z</news:publication_date><news:title>t</news:title></news:news>");
      }
      x.append("</url>");
    }
    return x.append("</urlset>").toString();
  }

  @Test
  void replaysAWarcFilePublishingEveryResponseRecord() throws Exception {
    Path warc = dir.resolve("news.warc.gz");
    List<String> urls = new ArrayList<>();
    try (WarcWriter w =
        new WarcWriter(
            java.nio.channels.FileChannel.open(
                warc,
                java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE),
            WarcCompression.GZIP)) {
      for (int i = 0; i < 6; i++) {
        String u = "https://site" + (i % 3) + ".example.com/2026/11/story-" + i;
        urls.add(u);
        w.write(
            new WarcResponse.Builder(URI.create(u))
                .body(
                    new HttpResponse.Builder(200, "OK")
                        .body(
                            MediaType.HTML_UTF8,
                            ("<html><body><p>Story " + i + "</p></body></html>")
                                .getBytes(StandardCharsets.UTF_8))
                        .build())
                .build());
      }
    }
    service(
            config(
                List.of(SourceSpec.of(SourceKind.ARCHIVE, warc.toString(), Duration.ZERO)), false))
        .run();

    List<RawPage> pages = rawPages(6, Duration.ofMillis(500));
    assertEquals(
        urls.stream().sorted().toList(),
        pages.stream().map(RawPage::getRequestedUrl).sorted().toList());
    assertEquals(6, pages.size());
    assertTrue(pages.stream().allMatch(p -> p.getSourceKind() == SourceKind.ARCHIVE));
  }

  @Test
  void doesNotRepublishAFeedThatAnswers304() throws Exception {
    List<String> items = servePages("/story-", 4);
    String feed = rss(items);
    AtomicInteger notModified = new AtomicInteger();
    http.createContext(
        "/feed.xml",
        ex -> {
          hits.computeIfAbsent("/feed.xml", p -> new AtomicInteger()).incrementAndGet();
          if ("\"feed-v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
            notModified.incrementAndGet();
            ex.sendResponseHeaders(304, -1);
            ex.close();
            return;
          }
          ex.getResponseHeaders().add("ETag", "\"feed-v1\"");
          respond(ex, 200, "application/rss+xml", feed.getBytes(StandardCharsets.UTF_8));
        });
    IngestService ingest =
        service(
            config(
                List.of(SourceSpec.of(SourceKind.FEED, url("/feed.xml"), Duration.ofMillis(300))),
                true));
    Thread running = runInBackground(ingest);
    awaitTrue(() -> hits("/feed.xml") >= 4, "the feed is polled again and again");
    ingest.stop();
    running.join(10_000);

    assertEquals(hits("/feed.xml") - 1, notModified.get(), "every poll after the first was a 304");
    List<RawPage> published = rawPages(4, Duration.ofMillis(500));
    assertEquals(4, published.size(), "the items once, not again per poll");
    published.forEach(
        p -> assertEquals("x", p.getListing().getTitle(), "the feed's item title travels along"));
    items.forEach(p -> assertEquals(1, hits(p), p));
    assertTrue(ingest.stats().notModifiedCount() >= 3);
  }

  @Test
  void pollsAFeedOncePerPollIntervalHoweverLongAPassTakes() throws Exception {
    List<Long> arrivals = new java.util.concurrent.CopyOnWriteArrayList<>();
    http.createContext(
        "/slow-feed.xml",
        ex -> {
          arrivals.add(System.nanoTime());
          try {
            Thread.sleep(600); // a pass of 0.6 s
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          ex.sendResponseHeaders(304, -1);
          ex.close();
        });
    IngestService ingest =
        service(
            config(
                List.of(
                    SourceSpec.of(SourceKind.FEED, url("/slow-feed.xml"), Duration.ofSeconds(1))),
                true));
    Thread running = runInBackground(ingest);
    awaitTrue(() -> arrivals.size() >= 4, "the feed is polled again and again");
    ingest.stop();
    running.join(10_000);

    for (int i = 1; i < 4; i++) {
      long gapMillis = (arrivals.get(i) - arrivals.get(i - 1)) / 1_000_000;
      assertTrue(
          gapMillis >= 950 && gapMillis < 1400,
          "pass " + i + " started " + gapMillis + " ms after the one before (period 1000 ms)");
    }
  }

  @Test
  void aRestartDoesNotFetchAgainWhatWasFetchedBefore() throws Exception {
    List<String> paths = servePages("/page-", 5);
    Path list = Files.write(dir.resolve("urls.txt"), paths.stream().map(this::url).toList());
    List<SourceSpec> sources =
        List.of(SourceSpec.of(SourceKind.LIST, list.toString(), Duration.ZERO));

    IngestService first = service(config(sources, true));
    first.run();
    first.close();
    assertEquals(5, first.stats().published());

    IngestService second =
        service(config(sources, true)); // a restart: a new instance, the same topics
    second.run();
    assertEquals(0, second.stats().published());
    assertEquals(5, second.stats().alreadyFetchedCount());
    paths.forEach(p -> assertEquals(1, hits(p), p));
    assertEquals(5, rawPages(5, Duration.ofMillis(500)).size());
    second.close();

    Thread.sleep(50);
    IngestService later =
        service(
            config(sources, true)
                .withRefetchAfter(Duration.ofMillis(10))); // the re-fetch age has passed
    later.run();
    assertEquals(5, later.stats().published(), "fetched again once older than the re-fetch age");
    paths.forEach(p -> assertEquals(2, hits(p), p));
  }

  @Test
  void aRestartedDirectoryIngestPublishesOnlyFilesItHasNotPublished() throws Exception {
    Path pages = Files.createDirectories(dir.resolve("pages"));
    for (int i = 0; i < 4; i++) {
      Files.writeString(pages.resolve("story-" + i + ".html"), "<p>Story " + i + "</p>");
    }
    Files.writeString(pages.resolve("empty.html"), ""); // a dead letter, remembered as well
    List<SourceSpec> sources =
        List.of(SourceSpec.of(SourceKind.FILE, pages.toString(), Duration.ZERO));

    IngestService first = service(config(sources, false));
    first.run();
    first.close();
    assertEquals(4, first.stats().published());
    assertEquals(1, first.stats().skippedTotal());

    IngestService again = service(config(sources, false));
    again.run();
    again.close();
    assertEquals(0, again.stats().published(), "a restart publishes nothing again");
    assertEquals(0, again.stats().skippedTotal(), "nor a second dead letter");
    assertEquals(5, again.stats().alreadyFetchedCount());

    Path changed = pages.resolve("story-2.html");
    Files.writeString(changed, "<p>Story 2, updated</p>");
    Files.setLastModifiedTime(changed, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
    IngestService later = service(config(sources, false));
    later.run();
    assertEquals(1, later.stats().published(), "a file that changed is published again");
    assertEquals(5, rawPages(5, Duration.ofMillis(500)).size());
  }

  @Test
  void aRestartedWarcReplayPublishesNoRecordAgain() throws Exception {
    Path warc = writeWarc(dir.resolve("again.warc.gz"), 3);
    List<SourceSpec> sources =
        List.of(SourceSpec.of(SourceKind.ARCHIVE, warc.toString(), Duration.ZERO));
    IngestService first = service(config(sources, false));
    first.run();
    first.close();
    assertEquals(3, first.stats().published());

    IngestService again = service(config(sources, false));
    again.run();
    assertEquals(0, again.stats().published());
    assertEquals(3, again.stats().alreadyFetchedCount());
  }

  static Path writeWarc(Path warc, int records) throws IOException {
    try (WarcWriter w =
        new WarcWriter(
            java.nio.channels.FileChannel.open(
                warc,
                java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE),
            WarcCompression.GZIP)) {
      for (int i = 0; i < records; i++) {
        w.write(
            new WarcResponse.Builder(URI.create("https://example.com/archived-" + i))
                .body(
                    new HttpResponse.Builder(200, "OK")
                        .body(
                            MediaType.HTML_UTF8,
                            ("<p>Archived " + i + "</p>").getBytes(StandardCharsets.UTF_8))
                        .build())
                .build());
      }
    }
    return warc;
  }

  @Test
  void twoSharedInstancesOverTheSameFeedPublishEachUrlOnce() throws Exception {
    List<String> items = servePages("/shared-", 6);
    serve("/feed.xml", 200, "application/rss+xml", rss(items), Map.of());
    List<SourceSpec> sources =
        List.of(
            new SourceSpec(
                "the-feed", SourceKind.FEED, url("/feed.xml"), Duration.ofMillis(500), null));
    IngestConfig shared = config(sources, true).withShared(true, "ingest-" + topics.rawPages());

    IngestService a = service(shared);
    IngestService b = service(shared);
    Thread ta = runInBackground(a);
    Thread tb = runInBackground(b);
    awaitTrue(() -> hits("/feed.xml") >= 4, "the feed is polled several times");
    List<RawPage> pages = rawPages(6, Duration.ofSeconds(1));
    a.stop();
    b.stop();
    ta.join(15_000);
    tb.join(15_000);

    assertEquals(6, pages.size(), "each item once");
    assertEquals(6, pages.stream().map(RawPage::getRequestedUrl).distinct().count());
    assertTrue(
        pages.stream().noneMatch(p -> p.getRequestedUrl().contains("utm_")), "canonical URLs");
    items.forEach(p -> assertEquals(1, hits(p), p + " fetched once over both instances"));
    assertEquals(6, a.stats().published() + b.stats().published());
  }

  @Test
  void refusesLoopbackTargetsWithoutTheAllowOption() throws Exception {
    serve("/internal", 200, "text/html", "<p>internal</p>", Map.of());
    Path list = Files.write(dir.resolve("urls.txt"), List.of(url("/internal")));
    IngestService ingest =
        service(
            config(List.of(SourceSpec.of(SourceKind.LIST, list.toString(), Duration.ZERO)), false));
    ingest.run();

    assertEquals(0, hits("/internal"), "no request left the guard");
    assertEquals(Map.of("blocked_address", 1L), ingest.stats().skippedByReason());
    assertEquals(
        Map.of(Stage.INGEST, Map.of(DeadLetterReason.BLOCKED_ADDRESS, 1L)),
        ingest.deadLetterCounts().snapshot());
    List<DeadLetter> letters =
        records(topics.deadLetter(), 1, Duration.ofMillis(300)).stream()
            .map(r -> Topics.DEAD_LETTER_SERDE.decode(r.value()))
            .toList();
    assertEquals(1, letters.size());
    assertEquals("blocked_address", letters.get(0).getReason());
    assertEquals(0, records(topics.rawPages(), 0, Duration.ofMillis(300)).size());
  }

  @Test
  void stopsWithinTheBoundFinishingTheFetchInFlight() throws Exception {
    List<String> paths = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      String path = "/slow-" + i;
      paths.add(path);
      http.createContext(
          path,
          ex -> {
            hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            try {
              Thread.sleep(1500);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            respond(ex, 200, "text/html", "<p>slow page</p>".getBytes(StandardCharsets.UTF_8));
          });
    }
    Path list = Files.write(dir.resolve("urls.txt"), paths.stream().map(this::url).toList());
    IngestService ingest =
        service(
            config(List.of(SourceSpec.of(SourceKind.LIST, list.toString(), Duration.ZERO)), true));
    Thread running = runInBackground(ingest);
    awaitTrue(() -> hits(paths.get(0)) == 1, "the first fetch started");

    long start = System.nanoTime();
    ingest.stop(); // what SIGTERM does, then close() as the command's finally block
    running.join(5_000);
    ingest.close();
    double seconds = (System.nanoTime() - start) / 1e9;

    assertTrue(seconds < 5, "stopped in " + seconds + " s, not after the whole list (9 s)");
    assertEquals(1, ingest.stats().published(), "the fetch in flight finished and was flushed");
    assertEquals(1, rawPages(1, Duration.ofMillis(300)).size());
    assertTrue(hits(paths.get(5)) == 0, "nothing new started after the stop");
  }

  static void awaitTrue(java.util.function.BooleanSupplier condition, String what)
      throws InterruptedException {
    Instant deadline = Instant.now().plusSeconds(60);
    while (!condition.getAsBoolean()) {
      assertTrue(Instant.now().isBefore(deadline), "timed out waiting: " + what);
      Thread.sleep(50);
    }
  }
}
