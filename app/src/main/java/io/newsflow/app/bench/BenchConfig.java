package io.newsflow.app.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Settings of {@code newsflow bench}: which pages, how many, and the runs to make (each number of
 * stream threads at each offered rate).
 *
 * @param input a directory of saved pages to replay, or empty for generated pages
 * @param pages pages offered per run (the input is replicated, each copy with its own URL)
 * @param streamThreads one run per entry
 * @param rates offered pages per second, one run per entry; 0 offers them as fast as Kafka takes
 * @param warmupShare the share of pages, from the start, left out of the steady-state figures
 * @param partitions partitions of the topics
 * @param timeoutSeconds a run that has not accounted for every page by then fails
 * @param dedup false: enrich without the dedup step (to measure what the serial step costs)
 * @param kafkaProperties client properties passed to every client of a run (enrich's Kafka Streams
 *     included), to compare settings without a rebuild
 */
public record BenchConfig(
    Optional<Path> input,
    int pages,
    List<Integer> streamThreads,
    List<Double> rates,
    double warmupShare,
    int partitions,
    long timeoutSeconds,
    boolean dedup,
    Map<String, String> kafkaProperties) {
  public static final int DEFAULT_PAGES = 40_000;
  public static final String DEFAULT_STREAM_THREADS = "1,2";
  public static final String DEFAULT_RATES = "0";
  public static final double DEFAULT_WARMUP_SHARE = 0.75;
  public static final long DEFAULT_TIMEOUT_SECONDS = 600;

  public BenchConfig {
    if (pages < 1) {
      throw new IllegalArgumentException("pages must be >= 1, was " + pages);
    }
    if (streamThreads.isEmpty() || streamThreads.stream().anyMatch(t -> t < 1)) {
      throw new IllegalArgumentException("stream threads must be >= 1, were " + streamThreads);
    }
    if (rates.isEmpty() || rates.stream().anyMatch(r -> r < 0 || r.isNaN())) {
      throw new IllegalArgumentException("rates must be >= 0, were " + rates);
    }
    if (warmupShare < 0 || warmupShare >= 0.9) {
      throw new IllegalArgumentException("warm-up share must be in [0, 0.9), was " + warmupShare);
    }
    streamThreads = List.copyOf(streamThreads);
    rates = List.copyOf(rates);
    kafkaProperties = Map.copyOf(kafkaProperties);
  }
}
