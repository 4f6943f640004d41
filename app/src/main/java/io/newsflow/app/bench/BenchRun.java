package io.newsflow.app.bench;

import io.newsflow.app.embedded.EmbeddedKafkaBroker;
import io.newsflow.app.run.DeadLetterWatcher;
import io.newsflow.app.run.RunCounts;
import io.newsflow.app.run.RunTracker;
import io.newsflow.enrich.EnrichConfig;
import io.newsflow.enrich.EnrichService;
import io.newsflow.ingest.fetch.FetchedPage;
import io.newsflow.ingest.publish.PublishListener;
import io.newsflow.ingest.publish.RawPagePublisher;
import io.newsflow.ingest.publish.RawPages;
import io.newsflow.schema.Article;
import io.newsflow.schema.DeadLetter;
import io.newsflow.schema.KafkaConnection;
import io.newsflow.schema.RawPage;
import io.newsflow.schema.SourceKind;
import io.newsflow.schema.TopicCreator;
import io.newsflow.schema.TopicSettings;
import io.newsflow.sink.SinkConfig;
import io.newsflow.sink.SinkListener;
import io.newsflow.sink.SinkService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.streams.KafkaStreams;

/**
 * One benchmark run: a fresh embedded broker, enrich (exactly-once) and the sink as {@code newsflow
 * run} wires them, and a publisher offering the pages at a rate, each under a URL of its own. It
 * samples progress and per-thread CPU time while the pages flow, and reports the steady state: from
 * the moment the warm-up share of pages has come out until enrich has read a raw partition to its
 * end.
 */
final class BenchRun {
  private static final long SAMPLE_NANOS = 250_000_000L;

  private final List<BenchPage> pages;
  private final BenchConfig config;
  private final int streamThreads;
  private final double rate;
  private final Path workDir;

  BenchRun(List<BenchPage> pages, BenchConfig config, int streamThreads, double rate, Path dir) {
    this.pages = pages;
    this.config = config;
    this.streamThreads = streamThreads;
    this.rate = rate;
    this.workDir = dir;
  }

  /** What a run measured. */
  record Result(
      int streamThreads,
      double rate,
      int offered,
      RunCounts counts,
      boolean complete,
      double startupSeconds,
      double steadySeconds,
      WindowEnd windowEnd,
      long steadyPages,
      double pagesPerSecond,
      double untilAllReadPerSecond,
      double megabytesPerSecond,
      Flow flow,
      long[] latenciesMillis,
      Map<String, Long> cpuNanos,
      Map<String, Long> wholeRunCpuNanos,
      StreamThreadTime streamThreadTime,
      long heapMaxUsedBytes,
      long heapLimitBytes) {}

  /**
   * Both ends of the steady window: pages enrich read and pages out (articles and dead letters),
   * per second, and how many were between the two at the window's start and end.
   *
   * @param enrichAhead enrich had read every page before the warm-up share came out, so no window
   *     sees both ends at work: the figures are the output's alone, and overstate
   */
  record Flow(
      double readPerSecond,
      double outPerSecond,
      long inPipelineAtStart,
      long inPipelineAtEnd,
      boolean enrichAhead) {}

  /**
   * The stream threads' time in the steady window, summed over the threads, in nanoseconds: wall
   * time, CPU time, and waits for Kafka by kind ({@link StreamThreadWaits}).
   */
  record StreamThreadTime(
      long wallNanos, Map<String, Long> cpuByThread, Map<String, Long> waitedNanos) {
    long cpuNanos() {
      return cpuByThread.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  private record Sample(
      long nanos,
      long read,
      boolean partitionDrained,
      long resolved,
      CpuByStage.Snapshot cpu,
      Map<String, Long> waits) {}

  private record Window(Sample first, Sample last, WindowEnd end, boolean enrichAhead) {}

  /** What closed the steady window. */
  enum WindowEnd {
    PARTITION_DRAINED("until enrich had read a raw partition to its end"),
    ALL_READ("until enrich had read every page"),
    LAST_OUT("until the last page came out");

    final String description;

    WindowEnd(String description) {
      this.description = description;
    }
  }

  Result run() throws InterruptedException {
    long launched = System.nanoTime();
    TopicSettings topics = TopicSettings.defaults().withPartitions(config.partitions());
    CpuByStage cpu = new CpuByStage();
    try (EmbeddedKafkaBroker broker =
        EmbeddedKafkaBroker.start(workDir.resolve("kafka"), topics.maxMessageBytes(), 0)) {
      KafkaConnection kafka =
          new KafkaConnection(broker.bootstrapServers(), config.kafkaProperties());
      TopicCreator.createMissing(kafka, topics);
      RunTracker tracker = new RunTracker(topics.rawPages());
      Latencies latencies = new Latencies(config.pages());
      Listener listener = new Listener(tracker, latencies);
      EnrichConfig enrichConfig =
          EnrichConfig.defaults(workDir.resolve("streams")).withStreamThreads(streamThreads);
      if (!config.dedup()) {
        enrichConfig = enrichConfig.withDedup(enrichConfig.dedup().withEnabled(false));
      }
      SinkService sink = sink(kafka, topics, listener);
      DeadLetterWatcher watcher =
          new DeadLetterWatcher(
              kafka, topics.deadLetter(), "newsflow-bench-monitor", tracker::deadLetterSeen);
      Thread sinkThread = new Thread(sink::run, "newsflow-sink");
      Thread watcherThread = new Thread(watcher, "newsflow-dead-letters");
      try (EnrichService enrich = new EnrichService(kafka, topics, enrichConfig);
          RawPagePublisher publisher = new RawPagePublisher(kafka, topics, listener);
          EnrichReadProgress progress =
              new EnrichReadProgress(kafka, enrichConfig.applicationId(), topics.rawPages())) {
        enrich.start();
        StreamThreadWaits waits = new StreamThreadWaits(enrich);
        sinkThread.start();
        watcherThread.start();
        awaitRunning(enrich);
        double startup = (System.nanoTime() - launched) / 1e9;
        Thread publish = new Thread(() -> offer(publisher, tracker), "newsflow-bench-publish");
        publish.start();
        List<Sample> samples = new ArrayList<>();
        samples.add(new Sample(System.nanoTime(), 0, false, 0, cpu.snapshot(), waits.snapshot()));
        long heapMax = 0;
        long deadline = System.nanoTime() + config.timeoutSeconds() * 1_000_000_000L;
        boolean complete = false;
        while (!complete && System.nanoTime() < deadline && tracker.failure() == null) {
          complete = tracker.awaitComplete(SAMPLE_NANOS / 1_000_000);
          EnrichReadProgress.Progress read = progress.read(tracker.ingestDone());
          samples.add(
              new Sample(
                  System.nanoTime(),
                  read.read(),
                  read.partitionDrained(),
                  resolved(tracker.counts()),
                  cpu.snapshot(),
                  waits.snapshot()));
          heapMax = Math.max(heapMax, heapUsed());
        }
        publish.join();
        return result(
            tracker.counts(),
            complete,
            startup,
            samples,
            latencies,
            cpu,
            heapMax,
            new ThreadLabels(enrich, enrichConfig.dedup().enabled()));
      } finally {
        sink.stop();
        watcher.stop();
        sinkThread.join(30_000);
        watcherThread.join(30_000);
        sink.close();
      }
    }
  }

  private SinkService sink(KafkaConnection kafka, TopicSettings topics, SinkListener listener) {
    try {
      return new SinkService(
          kafka, topics, SinkConfig.defaults(workDir.resolve("out")), listener, Clock.systemUTC());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void awaitRunning(EnrichService enrich) throws InterruptedException {
    while (enrich.state() != KafkaStreams.State.RUNNING) {
      if (enrich.state() == KafkaStreams.State.ERROR
          || enrich.state() == KafkaStreams.State.NOT_RUNNING) {
        throw new IllegalStateException("enrich did not start: " + enrich.state());
      }
      Thread.sleep(20);
    }
  }

  /**
   * Offers config.pages() pages, cycling through the inputs. At an offered rate, the warm-up pages
   * go flat out and must all come out before the rest are paced: a pipeline that has run for a
   * while carries no backlog from its cold start, so the latencies measured are those of a steady
   * pipeline at that rate, not of one still digesting its first minute.
   */
  private void offer(RawPagePublisher publisher, RunTracker tracker) {
    long warmup = rate > 0 ? warmupPages() : 0;
    for (int k = 0; k < warmup; k++) {
      publisher.publish(raw(k));
    }
    publisher.flush();
    awaitResolved(tracker, warmup);
    long start = System.nanoTime();
    for (long k = warmup; k < config.pages(); k++) {
      if (rate > 0) {
        long due = start + (long) ((k - warmup) * 1e9 / rate);
        for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
          LockSupport.parkNanos(wait);
        }
      }
      publisher.publish(raw((int) k));
    }
    publisher.flush();
    tracker.ingestFinished();
  }

  /** The k-th page offered, under a URL of its own so every copy is a page of its own. */
  private RawPage raw(int k) {
    BenchPage page = pages.get(k % pages.size());
    String url = "https://bench.newsflow.invalid/" + k + "/" + page.name();
    return RawPages.of(
        new FetchedPage(
            url, url, Instant.now(), 0, page.contentType(), null, Map.of(), page.body()),
        SourceKind.FILE,
        "bench",
        null);
  }

  /** Waits until that many pages are accounted for, or the run's timeout has passed. */
  private void awaitResolved(RunTracker tracker, long pages) {
    long deadline = System.nanoTime() + config.timeoutSeconds() * 1_000_000_000L;
    while (resolved(tracker.counts()) < pages
        && tracker.failure() == null
        && System.nanoTime() < deadline) {
      LockSupport.parkNanos(10_000_000L);
    }
  }

  private long warmupPages() {
    return (long) Math.ceil(config.warmupShare() * config.pages());
  }

  private Result result(
      RunCounts counts,
      boolean complete,
      double startup,
      List<Sample> samples,
      Latencies latencies,
      CpuByStage cpu,
      long heapMax,
      ThreadLabels threads) {
    Window window = steadyWindow(samples);
    Sample first = window.first();
    Sample last = window.last();
    double seconds = (last.nanos() - first.nanos()) / 1e9;
    long read = last.read() - first.read();
    long out = last.resolved() - first.resolved();
    long steadyPages = window.enrichAhead() ? out : Math.min(read, out);
    double perSecond = seconds > 0 ? steadyPages / seconds : 0;
    Flow flow =
        new Flow(
            seconds > 0 ? read / seconds : 0,
            seconds > 0 ? out / seconds : 0,
            first.read() - first.resolved(),
            last.read() - last.resolved(),
            window.enrichAhead());
    double meanBytes = (double) BenchPages.totalBytes(pages) / pages.size();
    return new Result(
        streamThreads,
        rate,
        config.pages(),
        counts,
        complete,
        startup,
        seconds,
        window.end(),
        steadyPages,
        perSecond,
        untilAllRead(samples, window.first()),
        perSecond * meanBytes / 1e6,
        flow,
        latencies.after(warmupPages()),
        CpuByStage.between(first.cpu(), last.cpu(), cpu.names()),
        CpuByStage.between(samples.get(0).cpu(), last.cpu(), cpu.names()),
        new StreamThreadTime(
            (last.nanos() - first.nanos()) * threads.count(streamThreads),
            CpuByStage.byThread(
                first.cpu(),
                last.cpu(),
                cpu.names(),
                StreamThreadWaits.STREAM_THREAD,
                name -> StreamThreadWaits.threadLabel(threads.enrich(), name)),
            StreamThreadWaits.between(first.waits(), last.waits())),
        heapMax,
        Runtime.getRuntime().maxMemory());
  }

  /** Enrich's stream threads: the page step's, and the dedup application's one when it runs. */
  private record ThreadLabels(EnrichService enrich, boolean dedup) {
    int count(int pageThreads) {
      return pageThreads + (dedup ? 1 : 0);
    }
  }

  /**
   * From the first sample where both enrich has read and the sink has put out the warm-up share, to
   * the first where enrich has read some raw partition to its end (or every page): while pages
   * still flow in, both ends are at work, and the lower of their rates is the pipeline's. Past that
   * point the stream thread that owned the partition can run out of pages while another still has
   * some, and then only what is left drains, which says nothing about a steady stream: a pipeline
   * that keeps receiving pages keeps every thread busy.
   */
  private Window steadyWindow(List<Sample> samples) {
    long warmup = warmupPages();
    Sample end = samples.get(samples.size() - 1);
    int first = -1;
    int last = -1;
    for (int i = 0; i < samples.size(); i++) {
      Sample s = samples.get(i);
      if (first < 0 && s.read() >= warmup && s.resolved() >= warmup) {
        first = i;
      }
      if (last < 0 && first >= 0 && (s.partitionDrained() || s.read() >= config.pages())) {
        last = i;
      }
    }
    if (first >= 0 && last > first) {
      Sample closing = samples.get(last);
      WindowEnd why =
          closing.read() >= config.pages() ? WindowEnd.ALL_READ : WindowEnd.PARTITION_DRAINED;
      return new Window(samples.get(first), closing, why, false);
    }
    return new Window(firstOut(samples, warmup), end, WindowEnd.LAST_OUT, last >= 0);
  }

  /**
   * Pages read per second from the window's start to the first sample where enrich had read every
   * page, the drain on fewer threads included; 0 when it never had.
   */
  private double untilAllRead(List<Sample> samples, Sample first) {
    for (Sample s : samples) {
      if (s.nanos() > first.nanos() && s.read() >= config.pages()) {
        return (s.read() - first.read()) / ((s.nanos() - first.nanos()) / 1e9);
      }
    }
    return 0;
  }

  private static Sample firstOut(List<Sample> samples, long pages) {
    for (Sample s : samples) {
      if (s.resolved() >= pages) {
        return s;
      }
    }
    return samples.get(0);
  }

  private static long resolved(RunCounts counts) {
    return counts.articlesOut() + counts.deadLetters();
  }

  private static long heapUsed() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /** Fetch-to-article milliseconds, in the order the articles came out. */
  static final class Latencies {
    private final long[] millis;
    private int size;

    Latencies(int capacity) {
      millis = new long[capacity];
    }

    synchronized void add(long value) {
      if (size < millis.length) {
        millis[size++] = value;
      }
    }

    /** Those of the articles past the warm-up (by output order), sorted. */
    synchronized long[] after(long warmup) {
      int from = (int) Math.min(size, warmup);
      long[] sorted = Arrays.copyOfRange(millis, from, size);
      Arrays.sort(sorted);
      return sorted;
    }
  }

  /** The run's tracker, plus each new article's latency from its fetch to the sink's fsync. */
  private static final class Listener implements PublishListener, SinkListener {
    private final RunTracker tracker;
    private final Latencies latencies;

    Listener(RunTracker tracker, Latencies latencies) {
      this.tracker = tracker;
      this.latencies = latencies;
    }

    @Override
    public void pagePublished(RawPage page, RecordMetadata where) {
      tracker.pagePublished(page, where);
    }

    @Override
    public void deadLetterPublished(DeadLetter letter, RecordMetadata where) {
      tracker.deadLetterPublished(letter, where);
    }

    @Override
    public void sendFailed(String key, Exception error) {
      tracker.sendFailed(key, error);
    }

    @Override
    public void articleStored(Article article, boolean written) {
      // Copies of a page with a canonical link are one article: stored once, then "already
      // stored". Both end a page's trip, so both count.
      latencies.add(System.currentTimeMillis() - article.getRaw().getFetchedAt().toEpochMilli());
      tracker.articleStored(article, written);
    }
  }
}
