package io.newsflow.sink;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.ops.KafkaMeters;
import io.newsflow.ops.Readiness;
import io.newsflow.schema.Article;
import io.newsflow.schema.DeadLetter;
import io.newsflow.schema.GroupMembership;
import io.newsflow.schema.KafkaConnection;
import io.newsflow.schema.TopicSettings;
import io.newsflow.schema.Topics;
import io.newsflow.schema.deadletter.DeadLetterCounts;
import io.newsflow.schema.deadletter.DeadLetterOrigin;
import io.newsflow.schema.deadletter.DeadLetterReason;
import io.newsflow.schema.deadletter.DeadLetters;
import io.newsflow.schema.deadletter.Stage;
import io.newsflow.sink.files.RollingJsonLinesWriter;
import io.newsflow.sink.files.WrittenArticles;
import io.newsflow.sink.json.AvroJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RebalanceInProgressException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sink: a consumer group reading committed articles and appending each as one JSON line.
 * Offsets are committed only after the lines are fsynced, and an article whose id is already in the
 * output is skipped, so a crash or a re-run never leaves two copies. {@link #run()} blocks until
 * {@link #stop()}.
 */
public final class SinkService implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SinkService.class);
  private static final Duration POLL = Duration.ofMillis(500);

  /** The commit after a stop: a shutdown waits this long at most for the broker. */
  private static final Duration LAST_COMMIT = Duration.ofSeconds(5);

  private final KafkaConsumer<String, byte[]> consumer;
  private final KafkaProducer<String, byte[]> deadLetters;
  private final TopicSettings topics;
  private final RollingJsonLinesWriter writer;
  private final WrittenArticles writtenArticles;
  private final SinkListener listener;
  private final DeadLetters deadLetterFactory;
  private final SinkStats stats = new SinkStats();
  private final boolean skipDuplicates;
  private volatile boolean stopping;
  private final Set<TopicPartition> assigned = ConcurrentHashMap.newKeySet();
  private volatile boolean joined;
  private volatile KafkaMeters kafkaMeters;

  public SinkService(
      KafkaConnection kafka,
      TopicSettings topics,
      SinkConfig config,
      SinkListener listener,
      Clock clock)
      throws IOException {
    this(kafka, topics, config, GroupMembership.DYNAMIC, listener, clock);
  }

  /**
   * @param membership static with an instance name: a restarted sink takes its partitions back at
   *     once
   */
  public SinkService(
      KafkaConnection kafka,
      TopicSettings topics,
      SinkConfig config,
      GroupMembership membership,
      SinkListener listener,
      Clock clock)
      throws IOException {
    this.topics = topics;
    this.listener = listener;
    this.deadLetterFactory = new DeadLetters(Stage.SINK, clock);
    // The writer locks the directory first, so no other sink writes while the ids are read.
    this.writer =
        new RollingJsonLinesWriter(
            config.outDir(), config.maxFileBytes(), config.maxFileAge(), clock);
    this.writtenArticles = WrittenArticles.load(config.outDir());
    this.skipDuplicates = config.skipDuplicates();
    this.consumer =
        new KafkaConsumer<>(
            consumerConfig(kafka, config, membership),
            new StringDeserializer(),
            new ByteArrayDeserializer());
    this.deadLetters =
        new KafkaProducer<>(
            producerConfig(kafka, topics), new StringSerializer(), new ByteArraySerializer());
    LOG.info("sink: {} articles already in {}", writtenArticles.size(), config.outDir());
  }

  static Map<String, Object> consumerConfig(
      KafkaConnection kafka, SinkConfig config, GroupMembership membership) {
    Map<String, Object> props = kafka.clientConfig();
    membership.applyTo(props, "sink");
    props.put(ConsumerConfig.GROUP_ID_CONFIG, config.groupId());
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    props.put(
        ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"); // enrich writes in transactions
    props.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, "newsflow-sink");
    return props;
  }

  private static Map<String, Object> producerConfig(KafkaConnection kafka, TopicSettings topics) {
    Map<String, Object> props = kafka.clientConfig();
    props.putIfAbsent(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, topics.maxMessageBytes());
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "newsflow-sink-dlq");
    return props;
  }

  public SinkStats stats() {
    return stats;
  }

  /** The dead letters of this sink by reason (all of stage sink), for consoles and metrics. */
  public DeadLetterCounts deadLetterCounts() {
    return stats.deadLetterCounts();
  }

  public void run() {
    consumer.subscribe(List.of(topics.articles()), new AssignmentTracker());
    try {
      while (!stopping) {
        ConsumerRecords<String, byte[]> records = consumer.poll(POLL);
        if (!records.isEmpty()) {
          storeBatch(records);
        }
      }
    } catch (WakeupException e) {
      // stop() during a poll
    } finally {
      LOG.info("sink stopping");
      closeQuietly();
    }
  }

  /**
   * Serves the sink's counters and its consumer's and producer's metrics from the registry; call
   * before {@link #run()}.
   */
  public void bindMetrics(MeterRegistry registry) {
    new SinkMeters(stats, assigned::size).bindTo(registry);
    kafkaMeters = new KafkaMeters(registry);
    kafkaMeters.bind(consumer);
    kafkaMeters.bind(deadLetters);
  }

  /**
   * Ready once the group gave this sink its assignment (possibly empty, with more sinks than
   * partitions), until the partitions are lost or the sink stops.
   */
  public Readiness readiness() {
    if (stopping || !joined) {
      return Readiness.notReady(stopping ? "stopping" : "not yet assigned by the group");
    }
    return Readiness.ready(assigned.size() + " partitions assigned");
  }

  /** Keeps what the group assigned, for readiness and metrics; the poll thread calls it. */
  private final class AssignmentTracker implements ConsumerRebalanceListener {
    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
      assigned.addAll(partitions);
      joined = true;
    }

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
      assigned.removeAll(partitions);
    }

    @Override
    public void onPartitionsLost(Collection<TopicPartition> partitions) {
      assigned.removeAll(partitions);
      joined = false;
    }
  }

  /** Safe to call from any thread, e.g. a shutdown hook. The batch in hand is finished first. */
  public void stop() {
    stopping = true;
    consumer.wakeup();
  }

  private void storeBatch(ConsumerRecords<String, byte[]> records) {
    List<Stored> stored = new ArrayList<>();
    List<Future<RecordMetadata>> letters = new ArrayList<>();
    try {
      for (ConsumerRecord<String, byte[]> record : records) {
        Article article = decode(record, letters);
        if (article != null && skipDuplicates && article.getDuplicateOf() != null) {
          stored.add(new Stored(article, false, true)); // a copy: read and committed, not written
        } else if (article != null) {
          boolean isNew = writtenArticles.add(article.getId());
          if (isNew) {
            writer.write(AvroJson.toJsonBytes(article));
          }
          stored.add(new Stored(article, isNew, false));
        }
      }
      writer.sync();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot write to the output directory", e); // stop, uncommitted
    }
    awaitDeadLetters(letters);
    for (Stored s : stored) { // counted once durable: a failed commit only means a redelivery
      if (s.copySkipped()) {
        stats.copySkipped();
      } else if (s.isNew()) {
        stats.written();
      } else {
        stats.duplicate();
      }
      listener.articleStored(s.article(), s.isNew());
    }
    commit();
  }

  /** A dead letter Kafka did not take must not be committed past: stop, uncommitted. */
  private void awaitDeadLetters(List<Future<RecordMetadata>> letters) {
    deadLetters.flush();
    for (Future<RecordMetadata> letter : letters) {
      try {
        letter.get();
      } catch (ExecutionException e) {
        throw new IllegalStateException("a dead letter was not accepted by Kafka", e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while sending dead letters", e);
      }
    }
  }

  /**
   * Commits the batch. A failure is harmless here: the lines are on disk, and whoever gets the
   * records again skips them as already written. A stop() during the batch makes the commit throw a
   * WakeupException (mostly before its request is sent); the wakeup is spent then, so one more try,
   * bounded so that a shutdown stays prompt, commits what is on disk.
   */
  private void commit() {
    try {
      consumer.commitSync();
    } catch (WakeupException e) {
      try {
        consumer.commitSync(LAST_COMMIT);
      } catch (WakeupException
          | TimeoutException
          | CommitFailedException
          | RebalanceInProgressException again) {
        notCommitted(again);
      }
    } catch (CommitFailedException | RebalanceInProgressException e) {
      notCommitted(e);
    }
  }

  private static void notCommitted(RuntimeException e) {
    LOG.warn(
        "offsets not committed ({}); the records come again and are skipped as written",
        e.toString());
  }

  private Article decode(
      ConsumerRecord<String, byte[]> record, List<Future<RecordMetadata>> letters) {
    try {
      return Topics.ARTICLE_SERDE.decode(record.value() == null ? new byte[0] : record.value());
    } catch (SerializationException e) {
      stats.undecodable();
      LOG.warn(
          "undecodable article at {}-{}@{}", record.topic(), record.partition(), record.offset());
      DeadLetter letter =
          deadLetterFactory.of(
              DeadLetterReason.NOT_DECODABLE,
              String.valueOf(e.getMessage()),
              null,
              DeadLetters.utf8(record.key()),
              record.value(),
              new DeadLetterOrigin(record.topic(), record.partition(), record.offset()));
      letters.add(
          deadLetters.send(
              new ProducerRecord<>(
                  topics.deadLetter(), record.key(), Topics.DEAD_LETTER_SERDE.encode(letter))));
      return null;
    }
  }

  private void closeQuietly() {
    try {
      writer.close();
    } catch (IOException e) {
      LOG.error("closing the output file failed", e);
    }
    deadLetters.close(Duration.ofSeconds(10));
    // A static member does not leave on a plain close; a stopped sink should, so that another
    // instance takes its partitions now rather than after the session timeout.
    if (kafkaMeters != null) {
      kafkaMeters.close();
    }
    consumer.close(
        CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
            .withTimeout(Duration.ofSeconds(10)));
  }

  @Override
  public void close() {
    stop();
  }

  private record Stored(Article article, boolean isNew, boolean copySkipped) {}
}
