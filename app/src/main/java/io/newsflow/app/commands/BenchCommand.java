package io.newsflow.app.commands;

import io.newsflow.app.bench.Bench;
import io.newsflow.app.bench.BenchConfig;
import io.newsflow.app.cli.UserError;
import io.newsflow.schema.TopicSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsflow bench}: end-to-end throughput and latency on an embedded broker. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Replays pages (a directory of saved pages, or generated news pages) through an embedded"
          + " broker, enrich (exactly-once) and the sink, each page under a URL of its own, and"
          + " prints pages/s and MB/s in steady state, CPU ms per page by stage, fetch-to-article"
          + " latency and heap, for each number of stream threads at each offered rate."
    })
public final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--input",
      paramLabel = "DIR",
      description =
          "Saved pages (.html, .htm, .txt, searched recursively) to replay; default: generated"
              + " news pages.")
  Path input;

  @Option(
      names = "--pages",
      defaultValue = "" + BenchConfig.DEFAULT_PAGES,
      description = "Pages offered per run, the input replicated. Default: ${DEFAULT-VALUE}.")
  int pages;

  @Option(
      names = "--stream-threads",
      split = ",",
      defaultValue = BenchConfig.DEFAULT_STREAM_THREADS,
      description = "One run per number of stream threads. Default: ${DEFAULT-VALUE}.")
  List<Integer> streamThreads;

  @Option(
      names = "--rate",
      split = ",",
      defaultValue = BenchConfig.DEFAULT_RATES,
      description =
          "Offered pages per second, one run each; 0 offers them flat out. Default:"
              + " ${DEFAULT-VALUE}.")
  List<Double> rates;

  @Option(
      names = "--warmup-share",
      defaultValue = "" + BenchConfig.DEFAULT_WARMUP_SHARE,
      description =
          "Share of the pages left out of the steady-state figures; at an offered rate they go"
              + " flat out and all come out before the rest are paced. Default: ${DEFAULT-VALUE}.")
  double warmupShare;

  @Option(
      names = "--topic-partitions",
      defaultValue = "" + TopicSettings.DEFAULT_PARTITIONS,
      description = "Partitions of the topics. Default: ${DEFAULT-VALUE}.")
  int partitions;

  @Option(
      names = "--run-timeout",
      defaultValue = "" + BenchConfig.DEFAULT_TIMEOUT_SECONDS,
      paramLabel = "SECONDS",
      description =
          "A run that has not accounted for every page by then fails. Default: ${DEFAULT-VALUE}.")
  long timeoutSeconds;

  @Option(
      names = "--no-dedup",
      description =
          "Enrich without the dedup step (its single-partition topic), to measure what it costs.")
  boolean noDedup;

  @Option(
      names = {"-X", "--kafka-property"},
      paramLabel = "KEY=VALUE",
      description =
          "A Kafka client property for every client of the runs, enrich's Kafka Streams included"
              + " (e.g. -X commit.interval.ms=1000), to compare settings.")
  Map<String, String> kafkaProperties = new LinkedHashMap<>();

  @Override
  public Integer call() throws Exception {
    if (input != null && !Files.isDirectory(input)) {
      throw new UserError("--input " + input + ": no such directory; give a directory of pages");
    }
    BenchConfig config;
    try {
      config =
          new BenchConfig(
              Optional.ofNullable(input),
              pages,
              streamThreads,
              rates,
              warmupShare,
              partitions,
              timeoutSeconds,
              !noDedup,
              kafkaProperties);
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
    return Bench.run(config, spec.commandLine().getOut(), spec.commandLine().getErr());
  }
}
