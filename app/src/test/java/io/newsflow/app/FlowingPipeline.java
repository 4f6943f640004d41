package io.newsflow.app;

import io.newsflow.app.embedded.EmbeddedKafkaBroker;
import io.newsflow.enrich.EnrichConfig;
import io.newsflow.enrich.EnrichService;
import io.newsflow.monitor.MonitorConfig;
import io.newsflow.monitor.MonitorService;
import io.newsflow.monitor.Snapshot;
import io.newsflow.schema.KafkaConnection;
import io.newsflow.schema.RawPage;
import io.newsflow.schema.SourceKind;
import io.newsflow.schema.TopicCreator;
import io.newsflow.schema.TopicSettings;
import io.newsflow.schema.Topics;
import io.newsflow.sink.SinkConfig;
import io.newsflow.sink.SinkListener;
import io.newsflow.sink.SinkService;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * A real broker with enrich, the sink and the monitor in this JVM, and a producer standing in for
 * ingest: good pages from a few sites, and bad ones (binary bodies, pages with no article).
 */
final class FlowingPipeline implements AutoCloseable {
  static final String[] SITES = {"daily.example", "herald.example", "gazette.example"};

  final EmbeddedKafkaBroker broker;
  final KafkaConnection kafka;
  final TopicSettings topics = TopicSettings.defaults();
  final EnrichService enrich;
  final MonitorService monitor;
  private final Path work;
  private final KafkaProducer<String, byte[]> producer;
  private final Thread monitorThread;
  private final AtomicInteger pages = new AtomicInteger();
  private final AtomicInteger bad = new AtomicInteger();
  private SinkService sink;
  private Thread sinkThread;

  FlowingPipeline(Path work) throws IOException {
    this.work = work;
    this.broker = EmbeddedKafkaBroker.start(work.resolve("broker"), 16 << 20);
    this.kafka = KafkaConnection.to(broker.bootstrapServers());
    TopicCreator.createMissing(kafka, topics);
    this.enrich = new EnrichService(kafka, topics, EnrichConfig.defaults(work.resolve("state")));
    enrich.start();
    startSink();
    this.producer =
        new KafkaProducer<>(
            Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                broker.bootstrapServers(),
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG,
                16 << 20),
            new StringSerializer(),
            new ByteArraySerializer());
    MonitorConfig config =
        new MonitorConfig(
            MonitorConfig.DEFAULT_SINK_GROUP,
            MonitorConfig.DEFAULT_ENRICH_APPLICATION_ID,
            Duration.ofMillis(500),
            Duration.ofHours(1),
            false,
            MonitorConfig.DEFAULT_SHORT_WORDS,
            MonitorConfig.DEFAULT_TOP,
            MonitorConfig.DEFAULT_EXAMPLES);
    this.monitor = new MonitorService(kafka, topics, config, Clock.systemUTC());
    this.monitorThread = new Thread(() -> monitor.run(s -> {}), "monitor");
    monitorThread.start();
  }

  void startSink() throws IOException {
    sink =
        new SinkService(
            kafka,
            topics,
            SinkConfig.defaults(work.resolve("out")),
            SinkListener.NONE,
            Clock.systemUTC());
    sinkThread = new Thread(sink::run, "sink");
    sinkThread.start();
  }

  void stopSink() throws InterruptedException {
    sink.stop();
    sinkThread.join(30_000);
  }

  /** A good page of one of the sites, with a title, a date, an author and enough words. */
  void sendGood() throws Exception {
    int n = pages.incrementAndGet();
    String site = SITES[n % SITES.length];
    String html =
        String.format(
            Locale.ROOT,
            "<html lang=en><head><title>Council approves harbour plan %d</title>"
                + "<meta name=author content=\"Jane Smith\">"
                + "<meta property=article:published_time content=2026-05-0%dT10:00:00Z></head>"
                + "<body><article><h1>Council approves harbour plan %d</h1>%s</article></body></html>",
            n,
            1 + n % 9,
            n,
            ("<p>The city council in Portsmouth approved the harbour plan on Tuesday after a long"
                    + " debate, and Mayor John Carter said the work would begin in the spring of"
                    + " next year, bringing new jobs to the waterfront districts of the city.</p>")
                .repeat(3));
    send(
        "https://www." + site + "/news/story-" + n,
        "text/html",
        html.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * A page enrich refuses: binary bytes ({@code not_html}) or no article ({@code
   * empty_after_extraction}).
   */
  void sendBad() throws Exception {
    int n = pages.incrementAndGet();
    String site = SITES[bad.incrementAndGet() % SITES.length];
    if (n % 2 == 0) {
      send(
          "https://" + site + "/files/report-" + n + ".html",
          "text/html",
          "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1));
    } else {
      send(
          "https://" + site + "/tag/" + n,
          "text/html",
          "<html><body><p>Nothing here.</p></body></html>".getBytes(StandardCharsets.UTF_8));
    }
  }

  private void send(String url, String type, byte[] body) throws Exception {
    RawPage page =
        RawPage.newBuilder()
            .setRequestedUrl(url)
            .setFinalUrl(url)
            .setFetchedAt(Instant.now())
            .setHttpStatus(200)
            .setContentType(type)
            .setHeaders(Map.of())
            .setBody(ByteBuffer.wrap(body))
            .setSourceKind(SourceKind.PIPE)
            .build();
    producer
        .send(new ProducerRecord<>(topics.rawPages(), url, Topics.RAW_PAGE_SERDE.encode(page)))
        .get();
  }

  /** Waits for a snapshot that fulfils the condition; fails after the time limit. */
  Snapshot await(String what, Duration limit, Predicate<Snapshot> condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    Snapshot last = null;
    while (System.nanoTime() < deadline) {
      last = monitor.latest();
      if (last != null && condition.test(last)) {
        return last;
      }
      Thread.sleep(200);
    }
    throw new AssertionError(
        "no snapshot with "
            + what
            + " within "
            + limit
            + "; last: "
            + (last == null ? null : io.newsflow.monitor.SnapshotJson.line(last)));
  }

  static long lag(Snapshot s, String group) {
    return s.lag().stream()
        .filter(g -> g.group().equals(group))
        .mapToLong(Snapshot.GroupLag::lag)
        .sum();
  }

  static long count(Snapshot s, String topic) {
    return s.topics().stream()
        .filter(t -> t.topic().equals(topic))
        .mapToLong(t -> t.count().sinceStart())
        .sum();
  }

  @Override
  public void close() throws Exception {
    monitor.stop();
    monitorThread.join(10_000);
    monitor.close();
    stopSink();
    enrich.close();
    producer.close();
    broker.close();
  }
}
