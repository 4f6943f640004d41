package io.newsflow.ingest;

import io.newsflow.ingest.fetch.FetchFailure;
import io.newsflow.ingest.fetch.FetchResult;
import io.newsflow.ingest.fetch.FetchedPage;
import io.newsflow.ingest.fetch.PageFetcher;
import io.newsflow.ingest.publish.PublishListener;
import io.newsflow.ingest.publish.RawPagePublisher;
import io.newsflow.ingest.source.FeedParser;
import io.newsflow.ingest.source.SavedPageReader;
import io.newsflow.ingest.source.UrlListReader;
import io.newsflow.schema.DeadLetter;
import io.newsflow.schema.RawPage;
import io.newsflow.schema.SourceKind;
import io.newsflow.schema.TopicSettings;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest stage: reads the configured sources, fetches their pages and publishes each as a
 * RawPage, or as a dead letter with the reason it could not be fetched. Nothing is dropped
 * silently. Feeds are polled again at the configured interval until {@link #stop()}.
 */
public final class IngestService implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(IngestService.class);

  private final IngestConfig config;
  private final RawPagePublisher publisher;
  private final PageFetcher fetcher;
  private final SavedPageReader files;
  private final Clock clock;
  private final ExecutorService fetchPool;
  private final IngestStats stats = new IngestStats();
  private final Set<String> seen = ConcurrentHashMap.newKeySet();
  private final CountDownLatch stopped = new CountDownLatch(1);

  /**
   * @param clientConfig Kafka client properties, bootstrap servers included
   * @param listener told about every acknowledged or failed record
   */
  public IngestService(
      IngestConfig config, Map<String, Object> clientConfig, TopicSettings topics, PublishListener listener, Clock clock) {
    this.config = config;
    this.publisher = new RawPagePublisher(clientConfig, topics, new CountingListener(stats, listener));
    this.clock = clock;
    this.fetcher =
        new PageFetcher(
            config.userAgent(), config.connectTimeout(), config.requestTimeout(), config.maxBodyBytes(), clock);
    this.files = new SavedPageReader(config.maxBodyBytes(), clock);
    this.fetchPool = Executors.newFixedThreadPool(config.fetchConcurrency(), daemonThreads());
  }

  public IngestStats stats() {
    return stats;
  }

  /** Reads every source once, then (if feeds are polled) again every interval until stopped. */
  public void run() throws InterruptedException {
    do {
      runOnce();
    } while (config.keepsPolling()
        && !stopped.await(config.feedPollInterval().toMillis(), TimeUnit.MILLISECONDS));
  }

  /** One pass over all sources; returns when every page of the pass is handed to the producer. */
  public void runOnce() throws InterruptedException {
    for (Path directory : config.directories()) {
      readDirectory(directory);
    }
    List<Future<?>> fetches = new ArrayList<>();
    for (Path list : config.urlLists()) {
      for (String url : readList(list)) {
        fetches.add(fetchPool.submit(() -> fetchAndPublish(url, SourceKind.LIST, list.toString())));
      }
    }
    for (URI feed : config.feeds()) {
      for (String url : readFeed(feed)) {
        fetches.add(fetchPool.submit(() -> fetchAndPublish(url, SourceKind.FEED, feed.toString())));
      }
    }
    awaitAll(fetches);
    publisher.flush();
  }

  public void stop() {
    stopped.countDown();
  }

  private void readDirectory(Path directory) {
    List<Path> pages;
    try {
      pages = SavedPageReader.list(directory);
    } catch (IOException e) {
      deadLetter(new FetchFailure(directory.toString(), FetchFailure.IO_ERROR, "cannot list: " + e));
      return;
    }
    for (Path file : pages) {
      if (seen.add(file.toAbsolutePath().toString())) {
        publish(files.read(file), SourceKind.FILE, directory.toString());
      }
    }
  }

  private List<String> readList(Path list) {
    try {
      return UrlListReader.read(list);
    } catch (IOException e) {
      deadLetter(new FetchFailure(list.toString(), FetchFailure.IO_ERROR, "cannot read URL list: " + e));
      return List.of();
    }
  }

  private List<String> readFeed(URI feed) {
    FetchResult result = fetcher.fetch(feed.toString());
    if (result instanceof FetchResult.Failed failed) {
      deadLetter(failed.failure());
      return List.of();
    }
    FetchedPage page = ((FetchResult.Page) result).page();
    List<String> links = FeedParser.articleLinks(page.body(), page.finalUrl());
    LOG.info("feed {}: {} links", feed, links.size());
    return links;
  }

  private void fetchAndPublish(String url, SourceKind kind, String source) {
    if (seen.add(url)) {
      publish(fetcher.fetch(url), kind, source);
    }
  }

  private void publish(FetchResult result, SourceKind kind, String source) {
    if (result instanceof FetchResult.Page ok) {
      FetchedPage page = ok.page();
      publisher.publish(toRawPage(page, kind, source));
      stats.pagePublished(page.body().length);
    } else {
      deadLetter(((FetchResult.Failed) result).failure());
    }
  }

  private void deadLetter(FetchFailure failure) {
    LOG.warn("skipped {}: {} ({})", failure.url(), failure.reason(), failure.message());
    stats.skipped(failure.reason());
    publisher.publish(
        DeadLetter.newBuilder()
            .setStage("ingest")
            .setReason(failure.reason())
            .setMessage(failure.message())
            .setUrl(failure.url())
            .setKey(ByteBuffer.wrap(failure.url().getBytes(StandardCharsets.UTF_8)))
            .setOccurredAt(clock.instant())
            .build());
  }

  static RawPage toRawPage(FetchedPage page, SourceKind kind, String source) {
    return RawPage.newBuilder()
        .setRequestedUrl(page.requestedUrl())
        .setFinalUrl(page.finalUrl())
        .setFetchedAt(page.fetchedAt())
        .setHttpStatus(page.status())
        .setContentType(page.contentType())
        .setCharset(page.charset())
        .setHeaders(page.headers())
        .setBody(ByteBuffer.wrap(page.body()))
        .setSourceKind(kind)
        .setSource(source)
        .build();
  }

  private static void awaitAll(List<Future<?>> fetches) throws InterruptedException {
    for (Future<?> f : fetches) {
      try {
        f.get();
      } catch (ExecutionException e) {
        LOG.error("a fetch failed unexpectedly", e.getCause()); // fetchAndPublish catches its own
      } catch (CancellationException e) {
        LOG.info("a fetch was cancelled by shutdown");
      }
    }
  }

  private static ThreadFactory daemonThreads() {
    return runnable -> {
      Thread t = new Thread(runnable, "newsflow-fetch");
      t.setDaemon(true);
      return t;
    };
  }

  @Override
  public void close() {
    stop();
    fetchPool.shutdownNow().forEach(task -> ((Future<?>) task).cancel(true)); // unblocks awaitAll
    publisher.close();
  }

  /** Counts failed sends, then passes everything on. */
  private record CountingListener(IngestStats stats, PublishListener next) implements PublishListener {
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
