package io.newsflow.ingest;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.ingest.fetch.PageFetcher;
import io.newsflow.ingest.metrics.IngestMeters;
import io.newsflow.ingest.metrics.IngestMetrics;
import io.newsflow.ingest.polite.PoliteFetcher;
import io.newsflow.ingest.publish.PublishListener;
import io.newsflow.ingest.publish.RawPagePublisher;
import io.newsflow.ingest.source.SavedPageReader;
import io.newsflow.ingest.source.SourceList;
import io.newsflow.ingest.source.SourceSpec;
import io.newsflow.ingest.source.WarcReplay;
import io.newsflow.ingest.state.FetchedUrlStore;
import io.newsflow.ingest.state.SharedSources;
import io.newsflow.ops.KafkaMeters;
import io.newsflow.schema.DeadLetter;
import io.newsflow.schema.GroupMembership;
import io.newsflow.schema.KafkaConnection;
import io.newsflow.schema.RawPage;
import io.newsflow.schema.TopicSettings;
import io.newsflow.schema.Topics;
import io.newsflow.schema.deadletter.DeadLetterCounts;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest stage: reads its sources (feeds, sitemaps, URL lists, saved pages, WARC files),
 * fetches the pages politely and publishes each as a RawPage, or as a dead letter with the reason
 * it could not be had. Nothing is dropped silently. A URL fetched before (by this or any other
 * instance, remembered in the fetched-URLs topic) is not fetched again until the re-fetch age.
 *
 * <p>Alone, the service polls all its sources, each at its interval, until {@link #stop()} (or
 * returns after one pass when none repeats). Shared, it publishes its sources to the sources topic
 * and polls the ones the consumer group assigns to it.
 */
public final class IngestService implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(IngestService.class);

  private final IngestConfig config;
  private final GroupMembership membership;
  private final TopicSettings topics;
  private final KafkaConnection kafka;
  private final RawPagePublisher publisher;
  private final PoliteFetcher fetcher;
  private final FetchedUrlStore fetched;
  private final SourcePoller poller;
  private final IngestMetrics metrics;
  private final Clock clock;
  private final IngestStats stats = new IngestStats();
  private final java.util.concurrent.ExecutorService sourceThreads =
      java.util.concurrent.Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "newsflow-source");
            t.setDaemon(true);
            return t;
          });
  private final CountDownLatch stopped = new CountDownLatch(1);
  private volatile SharedSources shared;
  private volatile KafkaMeters kafkaMeters;
  private boolean started;

  /**
   * @param kafka the cluster
   * @param topics the pipeline's topics, which must exist ({@link io.newsflow.schema.TopicCreator})
   * @param listener told about every acknowledged or failed record
   */
  public IngestService(
      IngestConfig config,
      KafkaConnection kafka,
      TopicSettings topics,
      PublishListener listener,
      Clock clock) {
    this(config, kafka, topics, GroupMembership.DYNAMIC, listener, clock);
  }

  /**
   * @param membership in the group of shared instances: static with an instance name
   */
  public IngestService(
      IngestConfig config,
      KafkaConnection kafka,
      TopicSettings topics,
      GroupMembership membership,
      PublishListener listener,
      Clock clock) {
    this.config = config;
    this.membership = membership;
    this.topics = topics;
    this.kafka = kafka;
    this.clock = clock;
    this.publisher = new RawPagePublisher(kafka, topics, new CountingListener(stats, listener));
    this.fetcher =
        new PoliteFetcher(new PageFetcher(config.fetch(), clock), config.politeness(), clock);
    this.fetched =
        new FetchedUrlStore(
            kafka,
            topics.fetchedUrls(),
            config.refetchAfter(),
            clock,
            (url, value) -> publisher.publishState(topics.fetchedUrls(), url, value));
    this.poller =
        new SourcePoller(
            publisher,
            fetcher,
            new SavedPageReader(config.maxBodyBytes(), clock),
            new WarcReplay(config.maxBodyBytes()),
            fetched,
            stats,
            config.maxSitemapAge(),
            clock,
            sourceThreads);
    stats.queuedFrom(fetcher::pending);
    this.metrics = new IngestMetrics(stats);
  }

  public IngestStats stats() {
    return stats;
  }

  public IngestMetrics metrics() {
    return metrics;
  }

  /**
   * Serves this service's counters and its Kafka clients' metrics from the registry (for {@code
   * /metrics}); the shared-sources consumer, made later, is bound when it starts.
   */
  public void bindMetrics(MeterRegistry registry) {
    new IngestMeters(stats).bindTo(registry);
    kafkaMeters = new KafkaMeters(registry);
    publisher.bindMetrics(kafkaMeters);
    fetched.bindMetrics(kafkaMeters);
  }

  /** The dead letters of this service by reason (all of stage ingest), for consoles and metrics. */
  public DeadLetterCounts deadLetterCounts() {
    return stats.deadLetterCounts();
  }

  /** Polls the sources until stopped, or returns after one pass when no source repeats. */
  public void run() throws InterruptedException {
    start();
    if (config.shared()) {
      runShared();
    } else {
      runAlone(allSources());
    }
  }

  /** One pass over all sources; returns when every page of the pass is handed to the producer. */
  public void runOnce() throws InterruptedException {
    start();
    awaitAll(allSources().stream().map(poller::poll).toList());
    publisher.flush();
  }

  private synchronized void start() throws InterruptedException {
    if (!started) {
      started = true;
      fetched.start(Duration.ofMinutes(2));
    }
  }

  private List<SourceSpec> allSources() {
    List<SourceSpec> all = new ArrayList<>(config.sources());
    if (config.sourcesFile() != null) {
      try {
        all.addAll(SourceList.read(config.sourcesFile(), config.pollInterval()));
      } catch (IOException e) {
        throw new IllegalArgumentException("cannot read the sources file: " + e.getMessage(), e);
      }
    }
    return all;
  }

  private void runAlone(List<SourceSpec> sources) throws InterruptedException {
    Map<SourceSpec, Instant> due = new HashMap<>();
    sources.forEach(s -> due.put(s, Instant.MIN));
    while (!due.isEmpty()) {
      Instant now = clock.instant();
      List<SourceSpec> ready =
          due.entrySet().stream()
              .filter(e -> !e.getValue().isAfter(now))
              .map(Map.Entry::getKey)
              .toList();
      awaitAll(ready.stream().map(poller::poll).toList());
      publisher.flush();
      for (SourceSpec s : ready) {
        if (s.repeats()) {
          due.put(s, now.plus(s.pollInterval())); // a period: from the start of this pass
        } else {
          due.remove(s);
        }
      }
      if (due.isEmpty()) {
        return;
      }
      long wait =
          Duration.between(
                  clock.instant(), due.values().stream().min(Instant::compareTo).orElseThrow())
              .toMillis();
      if (stopped.await(Math.max(wait, 0), TimeUnit.MILLISECONDS)) {
        return;
      }
    }
  }

  /** Publishes this instance's sources to the topic, then polls what the group assigns to it. */
  private void runShared() throws InterruptedException {
    for (SourceSpec s : allSources()) {
      publisher.publishState(
          topics.sources(), s.id(), Topics.CRAWL_SOURCE_SERDE.encode(s.toRecord()));
    }
    publisher.flush();
    Map<String, Instant> due = new HashMap<>();
    Map<String, CompletableFuture<Void>> running = new HashMap<>();
    shared = new SharedSources(kafka, topics.sources(), config.groupId(), membership);
    if (kafkaMeters != null) {
      shared.bindMetrics(kafkaMeters);
    }
    try (SharedSources group = shared) {
      while (stopped.getCount() > 0) {
        Map<String, SourceSpec> owned;
        try {
          owned = group.poll(Duration.ofMillis(500));
        } catch (WakeupException e) {
          break;
        }
        group.takeRevoked().forEach(due::remove);
        running.values().removeIf(CompletableFuture::isDone);
        Instant now = clock.instant();
        for (SourceSpec s : owned.values()) {
          Instant next = due.getOrDefault(s.id(), Instant.MIN);
          if (!next.isAfter(now) && !running.containsKey(s.id())) {
            due.put(s.id(), s.repeats() ? now.plus(s.pollInterval()) : Instant.MAX);
            running.put(s.id(), poller.poll(s));
          }
        }
      }
    } finally {
      shared = null;
    }
  }

  /**
   * Waits for the pass to finish, or returns early once stopped (close() then bounds what is in
   * flight).
   */
  private void awaitAll(List<CompletableFuture<Void>> work) throws InterruptedException {
    CompletableFuture<Void> all = SourcePoller.allOf(work);
    while (true) {
      try {
        all.get(200, TimeUnit.MILLISECONDS);
        return;
      } catch (java.util.concurrent.TimeoutException e) {
        if (stopped.getCount() == 0) {
          LOG.info("stopping with {} fetches still queued or in flight", fetcher.pending());
          return;
        }
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof CancellationException)) {
          LOG.error("a source failed unexpectedly", e.getCause());
        }
        return;
      } catch (CancellationException e) {
        return;
      }
    }
  }

  public void stop() {
    stopped.countDown();
    SharedSources group = shared;
    if (group != null) {
      group.wakeup();
    }
  }

  /**
   * Stops polling, gives in-flight fetches up to the shutdown timeout, then flushes the producer.
   */
  @Override
  public void close() {
    stop();
    fetcher.shutdown(config.shutdownTimeout());
    sourceThreads.shutdownNow();
    fetched.close();
    metrics.close();
    if (kafkaMeters != null) {
      kafkaMeters.close();
    }
    publisher.close();
  }

  /** Counts failed sends, then passes everything on. */
  private record CountingListener(IngestStats stats, PublishListener next)
      implements PublishListener {
    @Override
    public void pagePublished(RawPage page, RecordMetadata where) {
      next.pagePublished(page, where);
    }

    @Override
    public void deadLetterPublished(DeadLetter letter, RecordMetadata where) {
      next.deadLetterPublished(letter, where);
    }

    @Override
    public void sendFailed(String key, Exception error) {
      stats.sendFailed();
      next.sendFailed(key, error);
    }
  }
}
