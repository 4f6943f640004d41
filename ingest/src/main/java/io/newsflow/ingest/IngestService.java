package io.newsflow.ingest;

import io.newsflow.ingest.fetch.FetchFailure;
import io.newsflow.ingest.fetch.FetchRequest;
import io.newsflow.ingest.fetch.FetchResult;
import io.newsflow.ingest.fetch.FetchedPage;
import io.newsflow.ingest.fetch.PageFetcher;
import io.newsflow.ingest.fetch.Validators;
import io.newsflow.ingest.metrics.IngestMetrics;
import io.newsflow.ingest.polite.PoliteFetcher;
import io.newsflow.ingest.publish.PublishListener;
import io.newsflow.ingest.publish.RawPagePublisher;
import io.newsflow.ingest.source.FeedParser;
import io.newsflow.ingest.source.SavedPageReader;
import io.newsflow.ingest.source.SitemapEntry;
import io.newsflow.ingest.source.SitemapParser;
import io.newsflow.ingest.source.SourceList;
import io.newsflow.ingest.source.SourceSpec;
import io.newsflow.ingest.source.UrlListReader;
import io.newsflow.ingest.source.WarcReplay;
import io.newsflow.ingest.state.FetchedUrlStore;
import io.newsflow.ingest.state.IngestTopics;
import io.newsflow.ingest.state.SharedSources;
import io.newsflow.ingest.url.UrlCanonicalizer;
import io.newsflow.schema.DeadLetter;
import io.newsflow.schema.FetchedUrl;
import io.newsflow.schema.RawPage;
import io.newsflow.schema.SourceKind;
import io.newsflow.schema.TopicSettings;
import io.newsflow.schema.Topics;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
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
  private static final int MAX_SITEMAP_DEPTH = 3;
  private static final Set<String> TRANSIENT = Set.of(
      FetchFailure.TIMEOUT, FetchFailure.IO_ERROR, FetchFailure.ROBOTS_UNAVAILABLE, FetchFailure.RETRY_AFTER_TOO_LONG,
      FetchFailure.UNKNOWN_HOST);

  private final IngestConfig config;
  private final Map<String, Object> clientConfig;
  private final RawPagePublisher publisher;
  private final PoliteFetcher fetcher;
  private final SavedPageReader files;
  private final WarcReplay archives;
  private final FetchedUrlStore fetched;
  private final IngestMetrics metrics;
  private final Clock clock;
  private final IngestStats stats = new IngestStats();
  private final java.util.concurrent.ExecutorService sourceThreads =
      java.util.concurrent.Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "newsflow-source");
        t.setDaemon(true);
        return t;
      });
  private final Set<String> seenFiles = ConcurrentHashMap.newKeySet();
  private final CountDownLatch stopped = new CountDownLatch(1);
  private volatile SharedSources shared;
  private boolean started;

  /**
   * @param clientConfig Kafka client properties, bootstrap servers included
   * @param listener told about every acknowledged or failed record
   */
  public IngestService(
      IngestConfig config, Map<String, Object> clientConfig, TopicSettings topics, PublishListener listener, Clock clock) {
    this.config = config;
    this.clientConfig = clientConfig;
    this.clock = clock;
    IngestTopics.createMissing(clientConfig, List.of(config.sourcesTopic(), config.fetchedUrlsTopic()),
        topics.partitions(), topics.replicationFactor());
    this.publisher = new RawPagePublisher(clientConfig, topics, new CountingListener(stats, listener));
    this.fetcher = new PoliteFetcher(new PageFetcher(config.fetch(), clock), config.politeness(), clock);
    this.files = new SavedPageReader(config.maxBodyBytes(), clock);
    this.archives = new WarcReplay(config.maxBodyBytes());
    this.fetched = new FetchedUrlStore(clientConfig, config.fetchedUrlsTopic(), config.refetchAfter(), clock,
        (url, value) -> publisher.publishState(config.fetchedUrlsTopic(), url, value));
    stats.queuedFrom(fetcher::pending);
    this.metrics = new IngestMetrics(stats);
  }

  public IngestStats stats() {
    return stats;
  }

  public IngestMetrics metrics() {
    return metrics;
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
    awaitAll(allSources().stream().map(this::poll).toList());
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
      List<SourceSpec> ready = due.entrySet().stream().filter(e -> !e.getValue().isAfter(now)).map(Map.Entry::getKey).toList();
      awaitAll(ready.stream().map(this::poll).toList());
      publisher.flush();
      for (SourceSpec s : ready) {
        if (s.repeats()) {
          due.put(s, clock.instant().plus(s.pollInterval()));
        } else {
          due.remove(s);
        }
      }
      if (due.isEmpty()) {
        return;
      }
      long wait = Duration.between(clock.instant(), due.values().stream().min(Instant::compareTo).orElseThrow()).toMillis();
      if (stopped.await(Math.max(wait, 0), TimeUnit.MILLISECONDS)) {
        return;
      }
    }
  }

  /** Publishes this instance's sources to the topic, then polls what the group assigns to it. */
  private void runShared() throws InterruptedException {
    for (SourceSpec s : allSources()) {
      publisher.publishState(config.sourcesTopic(), s.id(), Topics.CRAWL_SOURCE_SERDE.encode(s.toRecord()));
    }
    publisher.flush();
    Map<String, Instant> due = new HashMap<>();
    Map<String, CompletableFuture<Void>> running = new HashMap<>();
    shared = new SharedSources(clientConfig, config.sourcesTopic(), config.groupId());
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
            running.put(s.id(), poll(s));
          }
        }
      }
    } finally {
      shared = null;
    }
  }

  /** Reads one source once; completes when all its pages are handed to the producer. */
  private CompletableFuture<Void> poll(SourceSpec source) {
    // Off the caller's thread: a big WARC must not stall the group's poll loop (or the other sources).
    return CompletableFuture.supplyAsync(() -> pollNow(source), sourceThreads).thenCompose(f -> f);
  }

  private CompletableFuture<Void> pollNow(SourceSpec source) {
    try {
      return switch (source.kind()) {
        case FILE -> readDirectory(source);
        case LIST -> readList(source);
        case FEED -> readFeed(source);
        case SITEMAP -> readSitemap(source, source.location(), 0, ConcurrentHashMap.newKeySet());
        case ARCHIVE -> replayArchive(source);
        default -> throw new IllegalArgumentException("not a source kind: " + source.kind());
      };
    } catch (RuntimeException e) {
      LOG.error("source {} failed", source.id(), e);
      deadLetter(new FetchFailure(source.location(), FetchFailure.UNREADABLE_SOURCE, e.toString()));
      return CompletableFuture.completedFuture(null);
    }
  }

  private CompletableFuture<Void> readDirectory(SourceSpec source) {
    Path directory = Path.of(source.location());
    List<Path> pages;
    try {
      pages = SavedPageReader.list(directory);
    } catch (IOException e) {
      deadLetter(new FetchFailure(directory.toString(), FetchFailure.IO_ERROR, "cannot list: " + e));
      return CompletableFuture.completedFuture(null);
    }
    for (Path file : pages) {
      if (seenFiles.add(file.toAbsolutePath().toString())) {
        publish(files.read(file), source);
      }
    }
    return CompletableFuture.completedFuture(null);
  }

  private CompletableFuture<Void> readList(SourceSpec source) {
    try {
      return allOf(UrlListReader.read(Path.of(source.location())).stream().map(u -> fetchPage(u, source)).toList());
    } catch (IOException e) {
      deadLetter(new FetchFailure(source.location(), FetchFailure.IO_ERROR, "cannot read URL list: " + e));
      return CompletableFuture.completedFuture(null);
    }
  }

  private CompletableFuture<Void> readFeed(SourceSpec source) {
    return fetchDocument(source.location()).thenCompose(page -> {
      if (page == null) {
        return CompletableFuture.completedFuture(null);
      }
      List<String> links = FeedParser.articleLinks(page.body(), page.finalUrl());
      LOG.info("feed {}: {} links", source.location(), links.size());
      return allOf(links.stream().map(u -> fetchPage(u, source)).toList());
    });
  }

  private CompletableFuture<Void> readSitemap(SourceSpec source, String url, int depth, Set<String> visited) {
    if (depth > MAX_SITEMAP_DEPTH || !visited.add(UrlCanonicalizer.canonical(url))) {
      return CompletableFuture.completedFuture(null);
    }
    return fetchDocument(url).thenCompose(page -> {
      if (page == null) {
        return CompletableFuture.completedFuture(null);
      }
      SitemapParser.Parsed parsed;
      try {
        parsed = SitemapParser.parse(page.body(), page.contentType(), page.finalUrl());
      } catch (IOException | RuntimeException e) {
        deadLetter(new FetchFailure(url, FetchFailure.UNREADABLE_SOURCE, "sitemap: " + e.getMessage()));
        return CompletableFuture.completedFuture(null);
      }
      List<CompletableFuture<Void>> work = new ArrayList<>();
      parsed.sitemaps().forEach(child -> work.add(readSitemap(source, child, depth + 1, visited)));
      Instant oldest = config.maxSitemapAge().isZero() ? Instant.MIN : clock.instant().minus(config.maxSitemapAge());
      for (SitemapEntry e : parsed.pages()) {
        if (e.date() == null || !e.date().isBefore(oldest)) {
          work.add(fetchPage(e.url(), source));
        }
      }
      LOG.info("sitemap {}: {} pages, {} sitemaps", url, parsed.pages().size(), parsed.sitemaps().size());
      return allOf(work);
    });
  }

  private CompletableFuture<Void> replayArchive(SourceSpec source) {
    try {
      long n = archives.replay(Path.of(source.location()), result -> publish(result, source));
      LOG.info("archive {}: {} response records", source.location(), n);
    } catch (IOException e) {
      deadLetter(new FetchFailure(source.location(), FetchFailure.UNREADABLE_SOURCE, "cannot read WARC: " + e));
    }
    return CompletableFuture.completedFuture(null);
  }

  /**
   * A feed or sitemap, with a conditional GET when it was fetched before. Completes with the page,
   * or null when it was not modified or failed (then already reported).
   */
  private CompletableFuture<FetchedPage> fetchDocument(String url) {
    String key = UrlCanonicalizer.canonical(url);
    return fetcher.fetch(FetchRequest.document(key, fetched.validators(key))).thenApply(result -> {
      if (result instanceof FetchResult.NotModified) {
        LOG.info("{}: not modified", url);
        stats.notModified();
        return null;
      }
      if (result instanceof FetchResult.Failed failed) {
        deadLetter(failed.failure());
        return null;
      }
      FetchedPage page = ((FetchResult.Page) result).page();
      Validators v = Validators.of(page);
      fetched.remember(key, outcome("document", page.status(), v));
      return page;
    });
  }

  /** Fetches and publishes a page unless it was fetched before. */
  private CompletableFuture<Void> fetchPage(String url, SourceSpec source) {
    String key = UrlCanonicalizer.canonical(url);
    if (!fetched.claim(key)) {
      stats.alreadyFetched();
      return CompletableFuture.completedFuture(null);
    }
    return fetcher.fetch(FetchRequest.page(key)).handle((result, error) -> {
      if (error != null) { // cancelled by shutdown
        fetched.release(key);
        return null;
      }
      publish(result, source);
      if (result instanceof FetchResult.Failed f && isTransient(f.failure())) {
        fetched.release(key); // worth another try on the next poll
      } else {
        int status = result instanceof FetchResult.Page p ? p.page().status() : ((FetchResult.Failed) result).failure().status();
        String what = result instanceof FetchResult.Page ? "published" : ((FetchResult.Failed) result).failure().reason();
        fetched.remember(key, outcome(what, status, Validators.NONE));
      }
      return null;
    });
  }

  private static boolean isTransient(FetchFailure f) {
    return TRANSIENT.contains(f.reason()) || f.status() == 429 || f.status() >= 500;
  }

  private FetchedUrl outcome(String what, int status, Validators v) {
    return FetchedUrl.newBuilder()
        .setFetchedAt(clock.instant()).setOutcome(what).setHttpStatus(status)
        .setEtag(v.etag()).setLastModified(v.lastModified())
        .build();
  }

  private void publish(FetchResult result, SourceSpec source) {
    if (result instanceof FetchResult.Page ok) {
      FetchedPage page = ok.page();
      publisher.publish(toRawPage(page, source.kind(), source.location(), source.site()));
      stats.pagePublished(page.body().length);
    } else if (result instanceof FetchResult.Failed failed) {
      deadLetter(failed.failure());
    } else {
      stats.notModified();
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

  static RawPage toRawPage(FetchedPage page, SourceKind kind, String source, String site) {
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
        .setSite(site)
        .build();
  }

  private static CompletableFuture<Void> allOf(List<CompletableFuture<Void>> work) {
    return CompletableFuture.allOf(work.toArray(CompletableFuture[]::new));
  }

  /** Waits for the pass to finish, or returns early once stopped (close() then bounds what is in flight). */
  private void awaitAll(List<CompletableFuture<Void>> work) throws InterruptedException {
    CompletableFuture<Void> all = allOf(work);
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

  /** Stops polling, gives in-flight fetches up to the shutdown timeout, then flushes the producer. */
  @Override
  public void close() {
    stop();
    fetcher.shutdown(config.shutdownTimeout());
    sourceThreads.shutdownNow();
    fetched.close();
    metrics.close();
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
