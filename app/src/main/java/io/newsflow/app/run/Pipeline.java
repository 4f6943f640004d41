package io.newsflow.app.run;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.app.embedded.EmbeddedKafkaBroker;
import io.newsflow.enrich.EnrichConfig;
import io.newsflow.enrich.EnrichService;
import io.newsflow.ingest.IngestConfig;
import io.newsflow.ingest.IngestService;
import io.newsflow.ingest.IngestStats;
import io.newsflow.ops.Readiness;
import io.newsflow.schema.KafkaConnection;
import io.newsflow.schema.TopicCreator;
import io.newsflow.schema.TopicSettings;
import io.newsflow.sink.SinkConfig;
import io.newsflow.sink.SinkService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.admin.Admin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * All three stages in one process, on an embedded broker unless a cluster is given: the same
 * services that run alone, wired to one {@link RunTracker}. Closing is idempotent and safe from a
 * shutdown hook.
 */
public final class Pipeline implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

  private final EmbeddedKafkaBroker broker;
  private final EnrichService enrich;
  private final SinkService sink;
  private final DeadLetterWatcher watcher;
  private final IngestService ingest;
  private final RunTracker tracker;
  private final KafkaConnection kafka;
  private final Thread sinkThread;
  private final Thread watcherThread;
  private final StartupTimeline timeline;
  private final AtomicBoolean closed = new AtomicBoolean();
  private final java.util.concurrent.CountDownLatch closeDone =
      new java.util.concurrent.CountDownLatch(1);

  /**
   * Settings of one run.
   *
   * @param cluster the configured cluster; when empty, an embedded broker is started and reached
   *     with the client properties
   */
  public record Settings(
      Optional<KafkaConnection> cluster,
      Map<String, String> clientProperties,
      TopicSettings topics,
      IngestConfig ingest,
      EnrichConfig enrich,
      SinkConfig sink,
      Path workDir,
      int kafkaPort) {}

  public Pipeline(Settings settings) {
    this(settings, StartupTimeline.off());
  }

  /**
   * @param timeline told when each start-up phase ends
   */
  public Pipeline(Settings settings, StartupTimeline timeline) {
    this.timeline = timeline;
    // The embedded broker starts on a thread of its own while this one builds enrich (its topology,
    // extraction and tagging resources, its Kafka clients, which connect once the broker listens):
    // neither waits for the other.
    EmbeddedKafkaBroker.Launch launch =
        settings.cluster().isEmpty()
            ? EmbeddedKafkaBroker.launch(
                settings.workDir().resolve("kafka"),
                settings.topics().maxMessageBytes(),
                settings.kafkaPort())
            : null;
    this.kafka =
        settings
            .cluster()
            .orElseGet(
                () ->
                    new KafkaConnection(
                        launch.bootstrapServers(),
                        EmbeddedKafkaBroker.clientProperties(settings.clientProperties())));
    TopicSettings topics = settings.topics();
    EnrichService enrichService = null;
    EmbeddedKafkaBroker started = null;
    try {
      enrichService = new EnrichService(kafka, topics, settings.enrich());
      enrichService.whenRunning(() -> timeline.mark("enrich RUNNING"));
      timeline.mark("enrich built");
      started = launch == null ? null : launch.await();
      timeline.mark(started == null ? "cluster configured" : "embedded broker answering");
      createTopics(kafka, topics, started == null ? null : enrichService);
      timeline.mark("topics created");
      this.tracker = new RunTracker(topics.rawPages(), timeline);
      try {
        this.sink = new SinkService(kafka, topics, settings.sink(), tracker, Clock.systemUTC());
      } catch (IOException e) {
        throw new UncheckedIOException(
            "cannot open the output directory " + settings.sink().outDir(), e);
      }
      this.watcher =
          new DeadLetterWatcher(
              kafka, topics.deadLetter(), "newsflow-run-monitor", tracker::deadLetterSeen);
      this.ingest = new IngestService(settings.ingest(), kafka, topics, tracker, Clock.systemUTC());
      this.sinkThread = new Thread(sink::run, "newsflow-sink");
      this.watcherThread = new Thread(watcher, "newsflow-dead-letters");
      sinkThread.setUncaughtExceptionHandler((t, e) -> failed("the sink stopped: " + e, e));
      watcherThread.setUncaughtExceptionHandler(
          (t, e) -> failed("the dead-letter watcher stopped: " + e, e));
      timeline.mark("sink and ingest built");
    } catch (RuntimeException e) {
      if (enrichService != null) {
        enrichService.close();
      }
      // The broker's threads would keep the JVM alive.
      if (started != null) {
        started.close();
      } else if (launch != null) {
        launch.closeWhenStarted();
      }
      throw e;
    }
    this.enrich = enrichService;
    this.broker = started;
  }

  /**
   * Creates the pipeline's topics that are missing and, on the embedded broker (where this process
   * owns the cluster), enrich's Kafka Streams internal topics too: its first rebalance then finds
   * them instead of creating them and rebalancing again. A configured cluster's Kafka Streams
   * creates its own, as it would for any instance.
   *
   * @param ownedEnrich enrich on a cluster this process owns; null for a configured cluster
   */
  private static void createTopics(
      KafkaConnection kafka, TopicSettings topics, EnrichService ownedEnrich) {
    try (Admin admin = Admin.create(kafka.clientConfig())) {
      Set<String> created = TopicCreator.createMissing(admin, topics.newTopics());
      if (ownedEnrich != null) {
        int raw =
            created.contains(topics.rawPages())
                ? topics.partitions()
                : partitions(admin, topics.rawPages());
        TopicCreator.createMissing(admin, ownedEnrich.internalTopics(raw));
      }
    }
  }

  private static int partitions(Admin admin, String topic) {
    try {
      return admin
          .describeTopics(List.of(topic))
          .allTopicNames()
          .get(ADMIN_TIMEOUT.toSeconds(), TimeUnit.SECONDS)
          .get(topic)
          .partitions()
          .size();
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("cannot describe topic " + topic + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while describing topic " + topic, e);
    }
  }

  private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(60);

  public String bootstrapServers() {
    return kafka.bootstrapServers();
  }

  /** The cluster the pipeline uses (the embedded broker's when it started one). */
  public KafkaConnection kafka() {
    return kafka;
  }

  /** Serves the three stages' meters and their Kafka clients' from one registry. */
  public void bindMetrics(MeterRegistry registry) {
    ingest.bindMetrics(registry);
    enrich.bindMetrics(registry);
    sink.bindMetrics(registry);
  }

  /** Ready when enrich runs and the sink has its partitions. */
  public Readiness readiness() {
    Readiness streams = enrich.readiness();
    return streams.ready() ? sink.readiness() : streams;
  }

  public boolean embedded() {
    return broker != null;
  }

  public RunTracker tracker() {
    return tracker;
  }

  public IngestStats ingestStats() {
    return ingest.stats();
  }

  /**
   * Starts sink and ingest (each in a thread of its own), then enrich, which waits until the broker
   * serves the topics it reads: ingest publishes meanwhile.
   */
  public void start() {
    sinkThread.start();
    watcherThread.start();
    Thread ingestThread = new Thread(this::ingest, "newsflow-ingest");
    ingestThread.setDaemon(true);
    ingestThread.start();
    enrich.start();
    Thread enrichWatch = new Thread(this::watchEnrich, "newsflow-enrich-watch");
    enrichWatch.setDaemon(true);
    enrichWatch.start();
    timeline.mark("stages started");
  }

  private void ingest() {
    try {
      ingest.run(); // polled sources: returns only once stopped
      tracker.ingestFinished();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      failed("ingest stopped: " + e, e);
    }
  }

  public void registerIngestMetrics() {
    ingest.metrics().registerReasons();
  }

  /** What the run waits for now, for the progress line. */
  public String phase() {
    if (enrich.state() != org.apache.kafka.streams.KafkaStreams.State.RUNNING) {
      return "waiting for enrich to start";
    }
    return tracker.ingestDone() ? "waiting for the pages in flight" : "ingesting";
  }

  private void watchEnrich() {
    try {
      enrich.awaitStopped();
      if (!closed.get()) {
        tracker.fail("enrich stopped after repeated failures (see the log)");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void failed(String why, Throwable e) {
    LOG.error(why, e);
    tracker.fail(why);
  }

  /** Stops everything; a second caller (a shutdown hook, say) waits until the first is done. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      awaitClosed();
      return;
    }
    try {
      stopAll();
    } finally {
      closeDone.countDown();
    }
  }

  private void awaitClosed() {
    try {
      closeDone.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void stopAll() {
    ingest.close();
    enrich.close();
    sink.stop();
    watcher.stop();
    join(sinkThread);
    join(watcherThread);
    if (broker != null) {
      broker.close();
    }
    LOG.info("pipeline stopped");
  }

  private static void join(Thread thread) {
    try {
      if (thread.isAlive()) {
        thread.join(30_000);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
