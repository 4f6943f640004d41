package io.newsflow.monitor;

import io.newsflow.monitor.Snapshot.GroupLag;
import io.newsflow.monitor.lag.LagSampler;
import io.newsflow.ops.Readiness;
import io.newsflow.schema.Article;
import io.newsflow.schema.DeadLetter;
import io.newsflow.schema.KafkaConnection;
import io.newsflow.schema.TopicSettings;
import io.newsflow.schema.Topics;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The monitor: reads the articles and dead-letter topics with assigned partitions and no consumer
 * group, so it never commits and never joins a group of the pipeline (a restart reads the last
 * {@code history} again to warm its windows, which costs nothing to the pipeline); samples lag and
 * the raw topic's offsets with the admin client at every refresh. One thread runs {@link #run} or
 * {@link #once}; others read {@link #latest} and {@link #series}.
 */
public final class MonitorService implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(MonitorService.class);
  private static final Duration POLL = Duration.ofMillis(200);

  private final TopicSettings topics;
  private final MonitorConfig config;
  private final Clock clock;
  private final KafkaConsumer<byte[], byte[]> consumer;
  private final Admin admin;
  private final LagSampler lag;
  private final MonitorState state;
  private final List<TopicPartition> assigned = new ArrayList<>();
  private final AtomicReference<Snapshot> latest = new AtomicReference<>();
  private final Deque<SeriesPoint> series = new ArrayDeque<>();
  private final int maxPoints;
  private volatile boolean stopping;
  private volatile boolean ready;
  private volatile long undecodable;

  public MonitorService(
      KafkaConnection kafka, TopicSettings topics, MonitorConfig config, Clock clock) {
    this.topics = topics;
    this.config = config;
    this.clock = clock;
    Map<String, Object> props = kafka.clientConfig();
    props.put(ConsumerConfig.CLIENT_ID_CONFIG, "newsflow-monitor");
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
    this.consumer =
        new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    Map<String, Object> adminProps = kafka.clientConfig();
    adminProps.put("client.id", "newsflow-monitor-admin");
    this.admin = Admin.create(adminProps);
    this.lag =
        new LagSampler(
            admin,
            List.of(
                new LagSampler.Watched(config.sinkGroup(), topics.articles()),
                new LagSampler.Watched(config.enrichApplicationId(), topics.rawPages()),
                new LagSampler.Watched(config.dedupGroup(), config.dedupSequenceTopic(), true)),
            topics.rawPages());
    long now = clock.millis();
    long coverageStart = config.fromBeginning() ? 0 : now - config.history().toMillis();
    this.state = new MonitorState(config, now, coverageStart);
    this.maxPoints = (int) Math.max(60, 3_600_000 / config.refresh().toMillis());
  }

  /** Reads up to the topics' ends as of now, samples once and returns the snapshot. */
  public Snapshot once() {
    assign();
    Map<TopicPartition, Long> ends = consumer.endOffsets(assigned);
    while (!stopping && !caughtUp(ends)) {
      pollOnce();
    }
    return refresh();
  }

  /** Reads and refreshes until {@link #stop}; each snapshot goes to {@code onRefresh}. */
  public void run(Consumer<Snapshot> onRefresh) {
    try {
      assign();
      long next = 0;
      while (!stopping) {
        pollOnce();
        long now = clock.millis();
        if (now >= next) {
          onRefresh.accept(refresh());
          next = now + config.refresh().toMillis();
        }
      }
    } catch (WakeupException e) {
      // stopping
    }
  }

  public Snapshot latest() {
    return latest.get();
  }

  /** The chart points since {@code sinceMs}, oldest first (at most an hour's). */
  public List<SeriesPoint> series(long sinceMs) {
    synchronized (series) {
      return series.stream().filter(p -> p.timeMs() > sinceMs).toList();
    }
  }

  /** Reading its topics, and the last lag sample reached the cluster. */
  public boolean ready() {
    return ready;
  }

  /** {@link #ready} for /ready, with the reason. */
  public Readiness readiness() {
    return ready
        ? Readiness.ready("reading the topics, lag sampled")
        : Readiness.notReady("no lag sample from Kafka yet");
  }

  /** The consumer groups whose lag it samples (the dedup one while its topic exists). */
  public List<String> watchedGroups() {
    return List.of(config.sinkGroup(), config.enrichApplicationId(), config.dedupGroup());
  }

  public long undecodable() {
    return undecodable;
  }

  /** Safe from any thread. */
  public void stop() {
    stopping = true;
    consumer.wakeup();
  }

  @Override
  public void close() {
    stop();
    consumer.close(Duration.ofSeconds(5));
    admin.close(Duration.ofSeconds(5));
  }

  private void assign() {
    if (!assigned.isEmpty()) {
      return;
    }
    for (String topic : List.of(topics.articles(), topics.deadLetter())) {
      List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(15));
      if (infos == null || infos.isEmpty()) {
        throw new IllegalStateException("topic " + topic + " does not exist (yet)");
      }
      infos.forEach(p -> assigned.add(new TopicPartition(topic, p.partition())));
    }
    consumer.assign(assigned);
    seekToHistory();
    for (TopicPartition tp : assigned) {
      lag.startedAt(tp, consumer.position(tp));
    }
  }

  /** The start of the history window, or the end of a partition with nothing that recent. */
  private void seekToHistory() {
    if (config.fromBeginning()) {
      consumer.seekToBeginning(assigned);
      return;
    }
    long from = clock.millis() - config.history().toMillis();
    Map<TopicPartition, Long> times = new HashMap<>();
    assigned.forEach(tp -> times.put(tp, from));
    Map<TopicPartition, OffsetAndTimestamp> found = consumer.offsetsForTimes(times);
    List<TopicPartition> none = new ArrayList<>();
    found.forEach(
        (tp, o) -> {
          if (o == null) {
            none.add(tp);
          } else {
            consumer.seek(tp, o.offset());
          }
        });
    consumer.seekToEnd(none);
  }

  private boolean caughtUp(Map<TopicPartition, Long> ends) {
    for (TopicPartition tp : assigned) {
      if (consumer.position(tp) < ends.getOrDefault(tp, 0L)) {
        return false;
      }
    }
    return true;
  }

  /** Dead letters are keyed by their input: one per key counts, as the sink counts articles. */
  private final RecentKeys deadLetterKeys = new RecentKeys(RecentKeys.DEFAULT_CAPACITY);

  private void pollOnce() {
    long now = clock.millis();
    for (ConsumerRecord<byte[], byte[]> r : consumer.poll(POLL)) {
      TopicPartition tp = new TopicPartition(r.topic(), r.partition());
      lag.read(tp, r.offset());
      try {
        if (r.topic().equals(topics.articles())) {
          Article a = Topics.ARTICLE_SERDE.decode(r.value());
          state.article(r.topic(), a, r.timestamp(), now);
        } else {
          DeadLetter d = Topics.DEAD_LETTER_SERDE.decode(r.value());
          if (deadLetterKeys.firstTime(r.key())) {
            state.deadLetter(r.topic(), d, r.timestamp(), now);
          } else {
            state.repeatedDeadLetter(r.topic(), r.timestamp(), now);
          }
        }
      } catch (SerializationException | NullPointerException e) {
        undecodable++;
        state.undecodable(r.topic(), r.timestamp(), now);
        LOG.warn("{} offset {}: not one of our records: {}", tp, r.offset(), e.getMessage());
      }
    }
  }

  private Snapshot refresh() {
    long now = clock.millis();
    List<GroupLag> groups;
    try {
      groups = lag.sample(now, positions());
      ready = true;
    } catch (LagSampler.KafkaUnavailable e) {
      ready = false;
      String why = "Kafka did not answer: " + e.getMessage();
      groups =
          List.of(
              new GroupLag(config.sinkGroup(), null, 0, null, List.of(), why),
              new GroupLag(config.enrichApplicationId(), null, 0, null, List.of(), why));
    }
    Snapshot s =
        state.snapshot(
            now,
            List.of(topics.articles(), topics.deadLetter()),
            List.of(lag.rawTopic(now)),
            groups);
    latest.set(s);
    synchronized (series) {
      series.addLast(SeriesPoint.of(s));
      while (series.size() > maxPoints) {
        series.removeFirst();
      }
    }
    return s;
  }

  private Map<TopicPartition, Long> positions() {
    Map<TopicPartition, Long> positions = new HashMap<>();
    for (TopicPartition tp : assigned) {
      positions.put(tp, consumer.position(tp));
    }
    return positions;
  }
}
