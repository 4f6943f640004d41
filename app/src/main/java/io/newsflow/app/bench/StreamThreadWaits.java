package io.newsflow.app.bench;

import io.newsflow.enrich.EnrichService;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Where enrich's stream threads wait for Kafka, from their clients' own time totals: the main
 * consumer's wait in poll for fetched records, and the transactional producer's flush, offsets and
 * commit of each transaction (exactly-once commits block the stream thread until the broker has
 * answered). Summed over the stream threads (the dedup application's included), in nanoseconds.
 */
final class StreamThreadWaits {
  private final EnrichService enrich;

  /** Whether a native thread is enrich's, by thread id: read once, the snapshot is frequent. */
  private final Map<Long, Boolean> enrichThreads = new HashMap<>();

  StreamThreadWaits(EnrichService enrich) {
    this.enrich = enrich;
  }

  /** A stream thread's main consumer (not its restore consumer) and its producer. */
  private static final Predicate<String> CONSUMER =
      Pattern.compile("-StreamThread-\\d+-consumer$").asPredicate();

  private static final Predicate<String> PRODUCER =
      Pattern.compile("-StreamThread-\\d+-producer$").asPredicate();

  /** A stream thread itself, by its thread name (not its producer's I/O thread). */
  static final Predicate<String> STREAM_THREAD =
      Pattern.compile("-StreamThread-\\d+$").asPredicate();

  private record Source(String group, String name, Predicate<String> client) {
    boolean counts(EnrichService.ClientMetric m) {
      return m.group().equals(group) && m.name().equals(name) && client.test(m.clientId());
    }
  }

  private static final Map<String, Source> SOURCES =
      Map.of(
          "poll", new Source("consumer-metrics", "io-wait-time-ns-total", CONSUMER),
          "flush", new Source("producer-metrics", "flush-time-ns-total", PRODUCER),
          "offsets", new Source("producer-metrics", "txn-send-offsets-time-ns-total", PRODUCER),
          "commit", new Source("producer-metrics", "txn-commit-time-ns-total", PRODUCER),
          "send", new Source("producer-metrics", "bufferpool-wait-time-ns-total", PRODUCER));

  /** The kinds in the order they are printed. */
  static final String[] KINDS = {"poll", "flush", "offsets", "commit", "send"};

  /**
   * Nanoseconds waited so far, by kind, and under "core" the time enrich's threads were ready to
   * run but waited for a core (Linux's schedstat; 0 elsewhere).
   */
  Map<String, Long> snapshot() {
    Map<String, Long> waited = new LinkedHashMap<>();
    waited.put(CORE, waitingForCore());
    List<EnrichService.ClientMetric> metrics = enrich.metrics(METRIC_NAMES);
    for (String kind : KINDS) {
      Source s = SOURCES.get(kind);
      double sum = 0;
      for (EnrichService.ClientMetric m : metrics) {
        sum += s.counts(m) ? m.value() : 0;
      }
      waited.put(kind, (long) sum);
    }
    Source poll = SOURCES.get("poll");
    for (EnrichService.ClientMetric m : metrics) {
      if (poll.counts(m)) {
        waited.merge(POLL_OF + threadLabel(enrich, m.clientId()), (long) m.value(), Long::sum);
      }
    }
    return waited;
  }

  private static final Set<String> METRIC_NAMES =
      SOURCES.values().stream().map(s -> s.group() + "/" + s.name()).collect(Collectors.toSet());

  static boolean isPollOf(String kind) {
    return kind.startsWith(POLL_OF);
  }

  /**
   * A stream thread's label in the bench's lines: "dedup" for the dedup application's one thread,
   * else the page step's thread index ({@link #threadIndex}).
   */
  static String threadLabel(EnrichService enrich, String clientId) {
    return enrich.isDedupClient(clientId) ? DEDUP : threadIndex(clientId);
  }

  static final String DEDUP = "dedup";

  /** Prefix of one stream thread's poll wait, by its label: "poll of thread 2". */
  static final String POLL_OF = "poll of thread ";

  private static final Pattern THREAD_INDEX = Pattern.compile("-StreamThread-(\\d+)(-|$)");

  /** "2" for a stream thread's name or its clients' ids ("...-StreamThread-2-consumer"). */
  static String threadIndex(String clientId) {
    Matcher m = THREAD_INDEX.matcher(clientId);
    return m.find() ? m.group(1) : clientId;
  }

  /** Time ready to run but not running, a kind of its own: not a wait for Kafka. */
  static final String CORE = "core";

  private static final Path TASKS = Path.of("/proc/self/task");

  /**
   * Run-queue nanoseconds of the threads Linux names "newsflow-enrich" (the thread name cut to 15
   * characters): the stream threads and Kafka Streams' mostly idle state-updater thread.
   */
  private long waitingForCore() {
    long waited = 0;
    try (DirectoryStream<Path> tasks = Files.newDirectoryStream(TASKS)) {
      for (Path task : tasks) {
        long tid = Long.parseLong(task.getFileName().toString());
        if (enrichThreads.computeIfAbsent(
            tid, t -> read(task.resolve("comm")).startsWith("newsflow-enrich"))) {
          waited += runQueueNanos(read(task.resolve("schedstat")));
        }
      }
    } catch (IOException e) {
      return 0;
    }
    return waited;
  }

  /** The second field of a schedstat line: nanoseconds spent waiting on a run queue. */
  static long runQueueNanos(String schedstat) {
    String[] fields = schedstat.strip().split(" ");
    return fields.length < 2 ? 0 : Long.parseLong(fields[1]);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  /** Nanoseconds waited between two snapshots, by kind. */
  static Map<String, Long> between(Map<String, Long> before, Map<String, Long> after) {
    Map<String, Long> waited = new LinkedHashMap<>();
    after.forEach((kind, ns) -> waited.put(kind, ns - before.getOrDefault(kind, 0L)));
    return waited;
  }
}
