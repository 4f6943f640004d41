package io.newsflow.app.commands;

import io.newsflow.app.cli.EnrichOptions;
import io.newsflow.app.cli.HttpOptions;
import io.newsflow.app.cli.IngestOptions;
import io.newsflow.app.cli.KafkaOptions;
import io.newsflow.app.cli.OutputDirCheck;
import io.newsflow.app.cli.SinkOptions;
import io.newsflow.app.cli.SizeLimits;
import io.newsflow.app.cli.UserError;
import io.newsflow.app.cli.WorkDirOption;
import io.newsflow.app.run.BundledSamples;
import io.newsflow.app.run.InProcessMonitor;
import io.newsflow.app.run.Pipeline;
import io.newsflow.app.run.RunCounts;
import io.newsflow.app.run.RunExit;
import io.newsflow.app.run.RunLimits;
import io.newsflow.app.run.RunProgress;
import io.newsflow.app.run.RunWaiter;
import io.newsflow.app.run.StartupTimeline;
import io.newsflow.enrich.EnrichConfig;
import io.newsflow.ingest.IngestConfig;
import io.newsflow.ingest.IngestStats;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsflow run}: the whole pipeline in one process. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Runs ingest, enrich and sink together, on an embedded Kafka broker unless --bootstrap-servers is given.",
      "Without sources it ingests the bundled sample pages, prints a summary and stops;"
          + " with polled feeds it keeps running until --timeout, --until-idle or SIGTERM / Ctrl-C"
          + " (a clean stop: summary, exit code 0)."
    },
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {
      "0:done, or stopped by --until-idle, SIGTERM or (polled sources) --timeout",
      "1:a stage failed, Kafka refused records, or a one-off run timed out with pages in flight",
      "2:a bad setting or source, or no usable source (every page skipped)"
    })
public final class RunCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin KafkaOptions kafka;
  @Mixin IngestOptions ingestOptions;
  @Mixin EnrichOptions enrichOptions;
  @Mixin SinkOptions sinkOptions;
  @Mixin WorkDirOption work;
  @Mixin HttpOptions http;

  @Option(
      names = "--timeout",
      paramLabel = "DURATION",
      description =
          "Stop the run after this long, whatever its sources. Default: "
              + RunLimits.DEFAULT_ONE_OFF_TIMEOUT_TEXT
              + " for a run that ends by itself, none for one that polls feeds or sitemaps.")
  Duration timeout;

  @Option(
      names = "--until-idle",
      paramLabel = "DURATION",
      description =
          "Stop once nothing new (page, skip, article, dead letter) arrived for this long, e.g. 2m.")
  Duration untilIdle;

  @Option(
      names = "--kafka-port",
      defaultValue = "0",
      paramLabel = "PORT",
      description =
          "Port of the embedded broker on 127.0.0.1, so other processes can use it; 0 picks a free"
              + " one. Default: ${DEFAULT-VALUE}.")
  int kafkaPort;

  @Option(
      names = "--progress-interval",
      defaultValue = "PT2S",
      description = "Default: ${DEFAULT-VALUE}.")
  Duration progressInterval;

  @Override
  public Integer call() throws Exception {
    StartupTimeline timeline = StartupTimeline.sinceLaunch();
    timeline.mark("command line read");
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path workDir = work.workDir();
    IngestConfig ingest = ingestOptions.config();
    EnrichConfig enrich = enrichOptions.config(workDir);
    SizeLimits.requireFitsTopics("--max-body-bytes", ingest.maxBodyBytes(), kafka.topics());
    SizeLimits.enrichRefusesIngestedPages(ingest.maxBodyBytes(), enrich.maxPageBytes())
        .ifPresent(warning -> err.println("newsflow run: warning: " + warning));
    if (!ingest.hasSources()) {
      Path samples = BundledSamples.copyTo(workDir.resolve("samples"));
      ingest = ingest.withSources(List.of(), List.of(), List.of(samples));
      out.println("newsflow run: no source given, ingesting the bundled samples (" + samples + ")");
    }
    OutputDirCheck.requireWritable(sinkOptions.config().outDir());
    kafka.cluster().ifPresent(kafka::requireReachable);
    boolean polled = RunLimits.polls(ingest);
    RunWaiter waiter = new RunWaiter(RunLimits.timeout(timeout, polled), untilIdle);
    RunExit exit = new RunExit(waiter);
    Runtime.getRuntime().addShutdownHook(exit.hook());
    long start = System.nanoTime();
    if (kafka.cluster().isEmpty()) {
      err.println(
          "newsflow run: starting the embedded Kafka broker (data in "
              + workDir.resolve("kafka")
              + ") ...");
      err.flush();
    }
    Pipeline.Settings settings =
        new Pipeline.Settings(
            kafka.cluster(),
            kafka.clientProperties(),
            kafka.topics(),
            ingest,
            enrich,
            sinkOptions.config(),
            workDir,
            kafkaPort);
    int code = 1;
    try (Pipeline pipeline =
            BrokerCommand.portChecked(kafkaPort, () -> new Pipeline(settings, timeline));
        OpsEndpoint ops = OpsEndpoint.open(http.config(), "run", pipeline.kafka())) {
      out.printf(
          Locale.ROOT,
          "Kafka: %s%s%n",
          pipeline.bootstrapServers(),
          pipeline.embedded() ? " (embedded broker)" : "");
      out.flush();
      ops.bind(pipeline::bindMetrics);
      InProcessMonitor monitor =
          ops.serve(pipeline::readiness, out)
              .map(
                  server ->
                      InProcessMonitor.start(
                          pipeline.kafka(),
                          kafka.topics(),
                          enrich,
                          sinkOptions.config(),
                          server,
                          out))
              .orElse(null);
      if (monitor == null && polled) {
        out.println("Monitor: off; --http-port PORT serves its live page");
      }
      RunWaiter.End end;
      try (ProgressLine progress =
          new ProgressLine(err, progressInterval, new RunProgress(pipeline))) {
        pipeline.start();
        end =
            waiter.await(
                pipeline.tracker(),
                () -> activity(pipeline),
                () ->
                    pipeline.ingestStats().pagesFetching() > 0
                        || pipeline.tracker().counts().pagesInFlight() > 0);
      }
      if (monitor != null) {
        monitor.close(); // before the embedded broker goes
      }
      pipeline.close();
      double seconds = (System.nanoTime() - start) / 1e9;
      RunCounts counts = pipeline.tracker().counts();
      IngestStats stats = pipeline.ingestStats();
      printSummary(out, end, counts, stats.skippedTotal(), seconds);
      code = exitCode(end, counts, stats, polled);
      if (code == UserError.USAGE) {
        err.println(
            "newsflow run: no usable source: every page was skipped "
                + stats.skippedByReason()
                + "; see the reasons above");
        err.flush();
      }
      return code;
    } finally {
      exit.finished(code);
    }
  }

  /**
   * Grows whenever something new arrives; --until-idle watches it. A feed that answers 304 or lists
   * only known URLs brings nothing new.
   */
  private static long activity(Pipeline pipeline) {
    IngestStats s = pipeline.ingestStats();
    RunCounts c = pipeline.tracker().counts();
    return s.published() + s.skippedTotal() + c.articlesOut() + c.deadLetters();
  }

  private static int exitCode(
      RunWaiter.End end, RunCounts counts, IngestStats stats, boolean polled) {
    if (end == RunWaiter.End.FAILED || counts.publishFailures() > 0) {
      return 1;
    }
    if (end == RunWaiter.End.TIMED_OUT && (!polled || counts.pagesInFlight() > 0)) {
      return 1;
    }
    if (end == RunWaiter.End.DONE && stats.published() == 0 && stats.skippedTotal() > 0) {
      return UserError.USAGE; // nothing of what was given could be used
    }
    return 0;
  }

  private void printSummary(
      PrintWriter out, RunWaiter.End end, RunCounts c, long skipped, double seconds) {
    out.println();
    out.println("newsflow run: " + headline(end, c));
    out.printf(
        Locale.ROOT,
        "  pages in:      %d (%d published to Kafka, %d skipped at ingest)%n",
        c.pagesPublished() + skipped,
        c.pagesPublished(),
        skipped);
    out.printf(
        Locale.ROOT,
        "  articles out:  %d (%d new, %d already in the output)%n",
        c.articlesOut(),
        c.articlesWritten(),
        c.articlesAlreadyStored());
    out.printf(Locale.ROOT, "  dead letters:  %d%n", c.deadLetters());
    c.deadLettersByReason()
        .forEach((reason, n) -> out.printf(Locale.ROOT, "    %-32s %d%n", reason, n));
    if (c.publishFailures() > 0) {
      out.printf(
          Locale.ROOT, "  NOT ACCEPTED BY KAFKA: %d records (see the log)%n", c.publishFailures());
    }
    if (c.pagesInFlight() > 0) {
      out.printf(Locale.ROOT, "  still in flight: %d%n", c.pagesInFlight());
    }
    out.printf(
        Locale.ROOT,
        "  time:          %.1f s, %.1f pages/s%n",
        seconds,
        (c.pagesPublished() + skipped) / seconds);
    out.printf(
        Locale.ROOT,
        "  output:        %s%n",
        sinkOptions.config().outDir().toAbsolutePath().normalize());
    out.flush();
  }

  private String headline(RunWaiter.End end, RunCounts c) {
    return switch (end) {
      case DONE -> "done";
      case IDLE -> "stopped: nothing new for " + untilIdle + " (--until-idle)";
      case STOPPED -> "stopped (SIGTERM)";
      case FAILED -> "FAILED: " + c.failure();
      case TIMED_OUT ->
          c.pagesInFlight() > 0
              ? "TIMED OUT with pages still in flight (--timeout)"
              : "stopped at --timeout";
    };
  }
}
