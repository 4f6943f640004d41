package io.newsflow.ingest.state;

import io.newsflow.ingest.fetch.Validators;
import io.newsflow.ops.KafkaMeters;
import io.newsflow.schema.FetchedUrl;
import io.newsflow.schema.KafkaConnection;
import io.newsflow.schema.Topics;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The URLs ingest has fetched, kept in a compacted topic (key: canonical URL) and in memory: read
 * whole at start, then followed, so what this or any other instance fetches is known here within
 * moments and a restart does not fetch it again. A URL is fetched again once its record is older
 * than the re-fetch age. Also keeps the validators (ETag, Last-Modified) of feeds and sitemaps for
 * conditional GET across restarts. Thread-safe.
 */
public final class FetchedUrlStore implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(FetchedUrlStore.class);

  private final String topic;
  private final Duration refetchAfter;
  private final Clock clock;
  private final BiConsumer<String, byte[]> writer;
  private final KafkaConsumer<String, byte[]> consumer;
  private final Map<String, FetchedUrl> known = new ConcurrentHashMap<>();
  private final Set<String> claimed = ConcurrentHashMap.newKeySet();
  private final CountDownLatch caughtUp = new CountDownLatch(1);
  private final Thread follower;
  private volatile boolean closed;
  private volatile RuntimeException failure;

  /**
   * @param writer sends a record (key, value) to the topic; the stage's own producer
   * @param refetchAfter zero never fetches a known URL again
   */
  public FetchedUrlStore(
      KafkaConnection kafka,
      String topic,
      Duration refetchAfter,
      Clock clock,
      BiConsumer<String, byte[]> writer) {
    this.topic = topic;
    this.refetchAfter = refetchAfter;
    this.clock = clock;
    this.writer = writer;
    Map<String, Object> config = kafka.clientConfig();
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    config.remove(
        ConsumerConfig.GROUP_ID_CONFIG); // assigned, not subscribed: every instance reads it all
    this.consumer =
        new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
    this.follower = new Thread(this::follow, "newsflow-fetched-urls");
    follower.setDaemon(true);
  }

  /** Reads the topic to its end (up to the timeout), then keeps following it in the background. */
  public void start(Duration timeout) throws InterruptedException {
    follower.start();
    if (!caughtUp.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new IllegalStateException("could not read " + topic + " within " + timeout);
    }
    if (failure != null) {
      throw new IllegalStateException("could not read " + topic + ": " + failure, failure);
    }
    LOG.info("{}: {} URLs known", topic, known.size());
  }

  private void follow() {
    try {
      List<TopicPartition> partitions = partitions();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      while (!closed) {
        for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
          apply(r);
        }
        if (caughtUp.getCount() > 0
            && end.entrySet().stream()
                .allMatch(e -> consumer.position(e.getKey()) >= e.getValue())) {
          caughtUp.countDown();
        }
      }
    } catch (WakeupException e) {
      // closing
    } catch (RuntimeException e) {
      LOG.error("stopped following {}: {}", topic, e.toString(), e);
      failure = e;
      caughtUp.countDown(); // start() reports it instead of waiting
    } finally {
      consumer.close(Duration.ofSeconds(5));
    }
  }

  /**
   * The topic's partitions; a topic created a moment ago may take a while to show in the metadata.
   */
  private List<TopicPartition> partitions() {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (!closed) {
      List<org.apache.kafka.common.PartitionInfo> info =
          consumer.partitionsFor(topic, Duration.ofSeconds(10));
      if (info != null && !info.isEmpty()) {
        return info.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("topic " + topic + " has no partitions");
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new WakeupException();
      }
    }
    throw new WakeupException();
  }

  private void apply(ConsumerRecord<String, byte[]> r) {
    if (r.key() == null) {
      return;
    }
    if (r.value() == null) {
      known.remove(r.key());
      return;
    }
    try {
      known.merge(
          r.key(),
          Topics.FETCHED_URL_SERDE.decode(r.value()),
          (old, now) -> now.getFetchedAt().isAfter(old.getFetchedAt()) ? now : old);
    } catch (RuntimeException e) {
      LOG.warn("unreadable record for {} in {}: {}", r.key(), topic, e.toString());
    }
  }

  /**
   * True when the URL should be fetched now: not known (or known for longer than the re-fetch age)
   * and not already being fetched here. The caller then calls {@link #remember} or {@link
   * #release}.
   */
  public boolean claim(String url) {
    if (!claimed.add(url)) {
      return false;
    }
    FetchedUrl last = known.get(url);
    if (last != null
        && (refetchAfter.isZero()
            || last.getFetchedAt().plus(refetchAfter).isAfter(clock.instant()))) {
      claimed.remove(url);
      return false;
    }
    return true;
  }

  /**
   * True when this version of a local document (a saved file, an archived record) was not published
   * before and is not being published now. Unlike a URL it is never due again by age: only a new
   * version (another size or time of a file) is published again. The version is kept as the
   * record's ETag, as an HTTP server's ETag names a version of a page. The caller then calls {@link
   * #remember} or {@link #release}.
   */
  public boolean claimVersion(String key, String version) {
    if (!claimed.add(key)) {
      return false;
    }
    FetchedUrl last = known.get(key);
    if (last != null && version.equals(last.getEtag())) {
      claimed.remove(key);
      return false;
    }
    return true;
  }

  /**
   * Gives up a claim without an outcome worth remembering (a transient failure): tried again next
   * time.
   */
  public void release(String url) {
    claimed.remove(url);
  }

  public void remember(String url, FetchedUrl outcome) {
    known.put(url, outcome);
    claimed.remove(url);
    writer.accept(url, Topics.FETCHED_URL_SERDE.encode(outcome));
  }

  public Validators validators(String url) {
    FetchedUrl last = known.get(url);
    return last == null ? Validators.NONE : new Validators(last.getEtag(), last.getLastModified());
  }

  public int size() {
    return known.size();
  }

  /** Binds this client's metrics (for {@code /metrics}). */
  public void bindMetrics(KafkaMeters meters) {
    meters.bind(consumer);
  }

  @Override
  public void close() {
    closed = true;
    if (!follower.isAlive() && caughtUp.getCount() > 0 && follower.getState() == Thread.State.NEW) {
      consumer.close(Duration.ZERO); // never started
      return;
    }
    consumer.wakeup();
    try {
      follower.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
