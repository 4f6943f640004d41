package io.newsflow.enrich;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.newsflow.enrich.dedup.DedupTopology;
import io.newsflow.enrich.dedup.SequencePurge;
import io.newsflow.enrich.entities.EntityModels;
import io.newsflow.enrich.page.PageEnricher;
import io.newsflow.enrich.topology.EnrichTopology;
import io.newsflow.ops.DeadLetterMeters;
import io.newsflow.ops.Readiness;
import io.newsflow.schema.GroupMembership;
import io.newsflow.schema.KafkaConnection;
import io.newsflow.schema.TopicCreator;
import io.newsflow.schema.TopicSettings;
import io.newsflow.schema.deadletter.DeadLetterCounts;
import io.newsflow.schema.deadletter.Stage;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.rocksdb.RocksDB;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs enrich as Kafka Streams applications with exactly-once processing: the page step ({@link
 * EnrichTopology}, {@code streamThreads} threads) and, with dedup on, the dedup step ({@link
 * DedupTopology}, application id {@code <application.id>-dedup}, one thread of its own), joined by
 * the single-partition sequence topic. Both start, stop and report as one service: RUNNING when
 * both are, stopped when either stops.
 */
public final class EnrichService implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(EnrichService.class);

  /** How long a close waits for both applications together. */
  static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

  private final KafkaStreams pages;
  private final KafkaStreams dedupStreams; // null with dedup off
  private final PageEnricher enricher;
  private final KafkaConnection kafka;
  private final Properties streamsConfig;
  private final Properties dedupConfig; // null with dedup off
  private final List<String> sourceTopics; // what the applications read that they do not create
  private final List<KafkaStreamsMetrics> streamsMetrics = new ArrayList<>();
  private final DeadLetterCounts deadLetterCounts = new DeadLetterCounts();
  private final java.util.concurrent.CountDownLatch stopped =
      new java.util.concurrent.CountDownLatch(1);
  private volatile Runnable onRunning = () -> {};
  private Admin admin;
  private SequencePurge purge;

  public EnrichService(KafkaConnection kafka, TopicSettings topics, EnrichConfig config) {
    this(kafka, topics, config, GroupMembership.DYNAMIC);
  }

  /**
   * @param membership static with an instance name: a restarted instance takes its tasks back
   *     without a rebalance, so the other instances keep processing and committing meanwhile
   */
  public EnrichService(
      KafkaConnection kafka,
      TopicSettings topics,
      EnrichConfig config,
      GroupMembership membership) {
    preloadRocksDb();
    preloadEntityModel(config);
    this.kafka = kafka;
    this.enricher = PageEnricher.withDefaults(config, Clock.systemUTC());
    this.streamsConfig = streamsConfig(kafka, topics, config, membership);
    boolean dedup = config.dedup().enabled();
    String sequence = DedupTopology.sequenceTopic(config.applicationId());
    this.sourceTopics = dedup ? List.of(topics.rawPages(), sequence) : List.of(topics.rawPages());
    this.pages =
        new KafkaStreams(
            EnrichTopology.build(
                topics,
                enricher,
                Clock.systemUTC(),
                config.siteMemory(),
                dedup ? sequence : topics.articles(),
                deadLetterCounts),
            streamsConfig);
    this.dedupConfig = dedup ? dedupStreamsConfig(kafka, topics, config, membership) : null;
    this.dedupStreams =
        dedup
            ? new KafkaStreams(DedupTopology.build(topics, sequence, config.dedup()), dedupConfig)
            : null;
    for (KafkaStreams streams : applications()) {
      streams.setUncaughtExceptionHandler(new BoundedThreadReplacement(Clock.systemUTC()));
      streams.setGlobalStateRestoreListener(new RestoreLog());
      streams.setStateListener((now, before) -> stateChanged());
    }
  }

  /** The page step's application, then the dedup step's if there is one. */
  private List<KafkaStreams> applications() {
    return dedupStreams == null ? List.of(pages) : List.of(pages, dedupStreams);
  }

  private void stateChanged() {
    KafkaStreams.State now = state();
    if (now == KafkaStreams.State.RUNNING) {
      onRunning.run();
    }
    if (now == KafkaStreams.State.ERROR || now == KafkaStreams.State.NOT_RUNNING) {
      stopped.countDown();
    }
  }

  /**
   * Loads RocksDB's native library (the state stores' engine) on a thread of its own: the first
   * task would otherwise unpack and link it (15 MB, most of a second on a busy machine) while the
   * stream thread waits. RocksDB loads it once per JVM; a second call returns at once.
   */
  private static void preloadRocksDb() {
    Thread loader =
        new Thread(
            () -> {
              try {
                RocksDB.loadLibrary();
              } catch (RuntimeException | UnsatisfiedLinkError e) {
                LOG.debug("RocksDB preload failed; the first task loads it", e);
              }
            },
            "newsflow-rocksdb-load");
    loader.setDaemon(true);
    loader.start();
  }

  /**
   * Reads the English entity model (about 0.2 s of CPU) on a thread of its own while the stream
   * threads join their group: it is read on the first article in its language otherwise, and that
   * is most often the first article. English is the language of most news; other models still load
   * on their first article. A stream thread asking meanwhile waits for this load, not a second one.
   */
  private static void preloadEntityModel(EnrichConfig config) {
    if (!config.entityLanguages().contains(PRELOADED_LANGUAGE)) {
      return;
    }
    Thread loader =
        new Thread(
            () -> {
              try {
                long start = System.nanoTime();
                EntityModels.shipped().forLanguage(PRELOADED_LANGUAGE);
                LOG.info(
                    "enrich: entity model {} read at start in {} ms",
                    PRELOADED_LANGUAGE,
                    (System.nanoTime() - start) / 1_000_000);
              } catch (RuntimeException e) {
                LOG.debug("entity model preload failed; the first article loads it", e);
              }
            },
            "newsflow-model-load");
    loader.setDaemon(true);
    loader.start();
  }

  static final String PRELOADED_LANGUAGE = "en";

  /**
   * Bad records never reach here (they become dead letters); this handles trouble such as a lost
   * broker by replacing the thread, unless threads keep dying, which means the failure is not
   * transient: then the client shuts down rather than loop on the same record.
   */
  static final class BoundedThreadReplacement implements StreamsUncaughtExceptionHandler {
    static final int MAX_REPLACEMENTS_PER_MINUTE = 5;
    private final Clock clock;
    private final java.util.ArrayDeque<java.time.Instant> recent = new java.util.ArrayDeque<>();

    BoundedThreadReplacement(Clock clock) {
      this.clock = clock;
    }

    @Override
    public synchronized StreamThreadExceptionResponse handle(Throwable e) {
      java.time.Instant now = clock.instant();
      recent.addLast(now);
      while (recent.peekFirst().isBefore(now.minusSeconds(60))) {
        recent.removeFirst();
      }
      if (recent.size() > MAX_REPLACEMENTS_PER_MINUTE) {
        LOG.error("stream threads keep failing; shutting enrich down", e);
        return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
      }
      LOG.error("stream thread failed; replacing it", e);
      return StreamThreadExceptionResponse.REPLACE_THREAD;
    }
  }

  /**
   * The internal topics Kafka Streams would create at its first rebalance, for a caller that owns
   * the cluster to create beforehand (see {@link StreamsInternalTopics}).
   *
   * @param rawPagesPartitions partitions of the raw-page topic as it exists
   */
  public List<NewTopic> internalTopics(int rawPagesPartitions) {
    return StreamsInternalTopics.of(streamsConfig, rawPagesPartitions, dedupStreams != null);
  }

  /** Blocks until the application stops by itself (after an unrecoverable error) or is closed. */
  public void awaitStopped() throws InterruptedException {
    stopped.await();
  }

  static Properties streamsConfig(
      KafkaConnection kafka,
      TopicSettings topics,
      EnrichConfig config,
      GroupMembership membership) {
    return streamsConfig(
        kafka,
        topics,
        config,
        membership,
        "enrich",
        config.applicationId(),
        config.streamThreads());
  }

  /**
   * The dedup application's: the page step's settings under its own application id (its own
   * consumer group, changelogs and static member names) with one stream thread, since its one task
   * reads one partition.
   */
  static Properties dedupStreamsConfig(
      KafkaConnection kafka,
      TopicSettings topics,
      EnrichConfig config,
      GroupMembership membership) {
    return streamsConfig(
        kafka,
        topics,
        config,
        membership,
        "enrich-dedup",
        DedupTopology.applicationId(config.applicationId()),
        1);
  }

  private static Properties streamsConfig(
      KafkaConnection kafka,
      TopicSettings topics,
      EnrichConfig config,
      GroupMembership membership,
      String role,
      String applicationId,
      int streamThreads) {
    Map<String, Object> props = kafka.clientConfig();
    // Kafka Streams appends the thread index to group.instance.id for each stream thread.
    membership.applyTo(props, role);
    // A standby copy of the site memory on another instance: a task that moves after a crash
    // starts from it instead of restoring the whole changelog. No effect with one instance.
    props.putIfAbsent(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG, 1);
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
    props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    props.put(StreamsConfig.STATE_DIR_CONFIG, config.stateDir().toAbsolutePath().toString());
    props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, streamThreads);
    props.putIfAbsent(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, config.commitInterval().toMillis());
    props.putIfAbsent(StreamsConfig.REPLICATION_FACTOR_CONFIG, (int) topics.replicationFactor());
    props.putIfAbsent(
        StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG),
        topics.maxMessageBytes());
    props.putIfAbsent(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "lz4");
    // Articles are larger than the default 16 KB batch, so each was a batch of its own (a buffer
    // and an lz4 frame allocated per article); batches of 512 KB take many from a pooled buffer.
    if (!props.containsKey(ProducerConfig.BATCH_SIZE_CONFIG)) {
      props.putIfAbsent(StreamsConfig.producerPrefix(ProducerConfig.BATCH_SIZE_CONFIG), 512 * 1024);
    }
    // Text pages pass through an internal repartition topic: it must take pages as big as the raw
    // topic does.
    props.putIfAbsent(
        StreamsConfig.topicPrefix(TopicConfig.MAX_MESSAGE_BYTES_CONFIG), topics.maxMessageBytes());
    props.putIfAbsent(StreamsConfig.consumerPrefix(ConsumerConfig.MAX_POLL_RECORDS_CONFIG), 100);
    props.putIfAbsent(
        StreamsConfig.producerPrefix(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG),
        (int) transactionTimeout(config.pageBudget(), config.commitInterval()).toMillis());
    // Raw pages are big (up to 10 MB): buffering the default 1000 of them per partition is a memory
    // risk.
    props.putIfAbsent(StreamsConfig.BUFFERED_RECORDS_PER_PARTITION_CONFIG, 16);
    Properties properties = new Properties();
    properties.putAll(props);
    return properties;
  }

  /**
   * How long the broker keeps a transaction of this application open. A killed instance that is not
   * back at once leaves its open transaction behind, and until the broker aborts it the sink
   * (read_committed) and whoever takes over its partitions wait: so as short as is safe. A
   * transaction must still outlive the pages processed in it, or the broker aborts it and the batch
   * repeats. Kafka Streams commits once the commit interval has passed, between records, and
   * processes fewer records between commits when they are slow; a page over its budget becomes a
   * dead letter, so the interval plus twice the budget covers a page at its limit and the records
   * around it.
   */
  static Duration transactionTimeout(Duration pageBudget, Duration commitInterval) {
    Duration longest = pageBudget.multipliedBy(2).plus(commitInterval);
    return longest.compareTo(MIN_TRANSACTION_TIMEOUT) < 0 ? MIN_TRANSACTION_TIMEOUT : longest;
  }

  /** Kafka Streams' own transaction timeout under exactly-once. */
  static final Duration MIN_TRANSACTION_TIMEOUT = Duration.ofSeconds(10);

  /**
   * Serves enrich's meters, its dead letters by reason and the Kafka Streams metrics (its clients'
   * included) from the registry; call before {@link #start()}.
   */
  public void bindMetrics(MeterRegistry registry) {
    enricher.observeSteps(new EnrichMeters(registry));
    DeadLetterMeters.bind(registry, deadLetterCounts, Stage.ENRICH);
    for (KafkaStreams streams : applications()) {
      KafkaStreamsMetrics metrics = new KafkaStreamsMetrics(streams);
      metrics.bindTo(registry);
      streamsMetrics.add(metrics);
    }
  }

  /**
   * Ready while the stream threads of both applications run (not starting, rebalancing, stopped).
   */
  public Readiness readiness() {
    KafkaStreams.State state = state();
    return state == KafkaStreams.State.RUNNING
        ? Readiness.ready("Kafka Streams RUNNING")
        : Readiness.notReady("Kafka Streams " + state);
  }

  /**
   * Starts both applications once a broker serves the topics they read; with dedup, first creates
   * the sequence topic if it is missing (no Kafka Streams application owns it) and starts purging
   * it.
   */
  public void start() {
    admin = Admin.create(kafka.clientConfig());
    if (dedupStreams != null) {
      TopicCreator.createMissing(
          admin, List.of(StreamsInternalTopics.sequenceTopic(streamsConfig)));
      StreamsConfig dedup = new StreamsConfig(dedupConfig);
      purge =
          new SequencePurge(
              admin,
              dedup.getString(StreamsConfig.APPLICATION_ID_CONFIG),
              DedupTopology.sequenceTopic(
                  streamsConfig.getProperty(StreamsConfig.APPLICATION_ID_CONFIG)));
      purge.start(
          Duration.ofMillis(dedup.getLong(StreamsConfig.REPARTITION_PURGE_INTERVAL_MS_CONFIG)));
    }
    // A source topic a broker does not serve yet costs the first rebalance a stream thread and the
    // group a lost member's session (15 s): see TopicCreator.
    TopicCreator.awaitServed(admin, sourceTopics);
    applications().forEach(KafkaStreams::start);
  }

  /** Runs {@code action} on a stream thread each time enrich turns RUNNING (both applications). */
  public void whenRunning(Runnable action) {
    this.onRunning = action;
  }

  /**
   * The two applications' state as one: RUNNING when both are, else the state of the one further
   * from it (an error before a stop before a start before a rebalance).
   */
  public KafkaStreams.State state() {
    KafkaStreams.State state = pages.state();
    if (dedupStreams != null) {
      KafkaStreams.State other = dedupStreams.state();
      if (STATE_PRECEDENCE.indexOf(other) < STATE_PRECEDENCE.indexOf(state)) {
        state = other;
      }
    }
    return state;
  }

  private static final List<KafkaStreams.State> STATE_PRECEDENCE =
      List.of(
          KafkaStreams.State.ERROR,
          KafkaStreams.State.PENDING_ERROR,
          KafkaStreams.State.NOT_RUNNING,
          KafkaStreams.State.PENDING_SHUTDOWN,
          KafkaStreams.State.CREATED,
          KafkaStreams.State.REBALANCING,
          KafkaStreams.State.RUNNING);

  /** Raw pages the page step's stream threads processed so far, from their own thread metrics. */
  public long recordsProcessed() {
    return (long) metricSum("stream-thread-metrics", "process-total", id -> !isDedupClient(id));
  }

  /**
   * Whether a client or thread id is the dedup application's: Kafka Streams names them {@code
   * <application.id>-<process uuid>-...}, and a uuid never starts with "dedup".
   */
  public boolean isDedupClient(String id) {
    return dedupConfig != null
        && id.startsWith(dedupConfig.getProperty(StreamsConfig.APPLICATION_ID_CONFIG) + "-");
  }

  /**
   * The sum of one metric over enrich's clients (both applications') whose {@code client-id} (for
   * Kafka Streams' own metrics {@code thread-id}) passes {@code clientId}: e.g. group
   * "producer-metrics", name "txn-commit-time-ns-total", ids ending "-producer".
   */
  public double metricSum(String group, String name, Predicate<String> clientId) {
    return metricByClient(group, name, clientId).values().stream().mapToDouble(d -> d).sum();
  }

  /** One metric's value by client (or thread) id, for the ids that pass {@code clientId}. */
  public Map<String, Double> metricByClient(String group, String name, Predicate<String> clientId) {
    Map<String, Double> values = new TreeMap<>();
    for (ClientMetric m : metrics(Set.of(group + "/" + name))) {
      if (clientId.test(m.clientId())) {
        values.merge(m.clientId(), m.value(), Double::sum);
      }
    }
    return values;
  }

  /**
   * A numeric metric of one of enrich's clients (or stream threads).
   *
   * @param clientId the metric's {@code client-id} tag, for Kafka Streams' own metrics its {@code
   *     thread-id}
   */
  public record ClientMetric(String group, String name, String clientId, double value) {}

  /**
   * The numeric metrics named {@code "group/name"} in {@code wanted}, over both applications'
   * clients, in one pass: every call gathers the clients' thousands of metrics afresh.
   */
  public List<ClientMetric> metrics(Set<String> wanted) {
    List<ClientMetric> found = new ArrayList<>();
    for (var metric : allMetrics().entrySet()) {
      MetricName key = metric.getKey();
      if (wanted.contains(key.group() + "/" + key.name())
          && metric.getValue().metricValue() instanceof Number n) {
        String id = key.tags().getOrDefault("client-id", key.tags().getOrDefault("thread-id", ""));
        found.add(new ClientMetric(key.group(), key.name(), id, n.doubleValue()));
      }
    }
    return found;
  }

  private Map<MetricName, ? extends Metric> allMetrics() {
    if (dedupStreams == null) {
      return pages.metrics();
    }
    Map<MetricName, Metric> all = new HashMap<>(pages.metrics());
    all.putAll(dedupStreams.metrics());
    return all;
  }

  /** The dead letters the stream threads forwarded, by reason (all of stage enrich). */
  public DeadLetterCounts deadLetterCounts() {
    return deadLetterCounts;
  }

  /**
   * Leaves the consumer groups on close, so the partitions move to the other instances (or to this
   * one's next start) at once instead of after the session timeout. The page step closes first, so
   * it stops writing the sequence before the dedup step stops reading it; both within {@link
   * #CLOSE_TIMEOUT}.
   */
  @Override
  public void close() {
    long deadline = System.nanoTime() + CLOSE_TIMEOUT.toNanos();
    streamsMetrics.forEach(KafkaStreamsMetrics::close);
    if (purge != null) {
      purge.close();
    }
    for (KafkaStreams streams : applications()) {
      Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
      streams.close(
          CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
              .withTimeout(left));
    }
    if (admin != null) {
      admin.close(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
    }
  }
}
