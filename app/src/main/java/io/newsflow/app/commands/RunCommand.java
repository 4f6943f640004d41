package io.newsflow.app.commands;

import io.newsflow.app.cli.EnrichOptions;
import io.newsflow.app.cli.IngestOptions;
import io.newsflow.app.cli.KafkaOptions;
import io.newsflow.app.cli.SinkOptions;
import io.newsflow.app.cli.SizeLimits;
import io.newsflow.app.cli.WorkDirOption;
import io.newsflow.app.run.BundledSamples;
import io.newsflow.app.run.Pipeline;
import io.newsflow.app.run.ProgressReporter;
import io.newsflow.app.run.RunCounts;
import io.newsflow.enrich.EnrichConfig;
import io.newsflow.ingest.IngestConfig;
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
          + " with polled feeds it keeps running until stopped (SIGTERM or Ctrl-C)."
    })
public final class RunCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin KafkaOptions kafka;
  @Mixin IngestOptions ingestOptions;
  @Mixin EnrichOptions enrichOptions;
  @Mixin SinkOptions sinkOptions;
  @Mixin WorkDirOption work;

  @Option(
      names = "--timeout",
      defaultValue = "PT10M",
      description =
          "Give up waiting for the pages of a one-off run after this long. Default: ${DEFAULT-VALUE}.")
  Duration timeout;

  @Option(
      names = "--progress-interval",
      defaultValue = "PT2S",
      description = "Default: ${DEFAULT-VALUE}.")
  Duration progressInterval;

  @Override
  public Integer call() throws Exception {
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
    long start = System.nanoTime();
    Pipeline.Settings settings =
        new Pipeline.Settings(
            kafka.cluster(),
            kafka.clientProperties(),
            kafka.topics(),
            ingest,
            enrich,
            sinkOptions.config(),
            workDir);
    Pipeline pipeline = new Pipeline(settings);
    Thread hook = new Thread(pipeline::close, "newsflow-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      out.printf(
          Locale.ROOT,
          "Kafka: %s%s%n",
          pipeline.bootstrapServers(),
          pipeline.embedded() ? " (embedded broker)" : "");
      out.flush();
      boolean complete;
      try (ProgressReporter progress =
          new ProgressReporter(
              err, pipeline.tracker(), pipeline.ingestStats(), progressInterval.toMillis())) {
        pipeline.runIngest(); // polled feeds: returns only once stopped
        complete = pipeline.tracker().awaitComplete(timeout.toMillis());
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      RunCounts counts = pipeline.tracker().counts();
      printSummary(out, counts, pipeline.ingestStats().skippedTotal(), seconds, complete);
      return complete && counts.publishFailures() == 0 ? 0 : 1;
    } finally {
      pipeline.close();
      removeHook(hook); // only now: a Ctrl-C during close still waits for it
    }
  }

  private void printSummary(
      PrintWriter out, RunCounts c, long skipped, double seconds, boolean complete) {
    out.println();
    String failure = c.failure();
    out.println(
        complete
            ? "newsflow run: done"
            : failure != null
                ? "newsflow run: FAILED: " + failure
                : "newsflow run: TIMED OUT with pages still in flight");
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

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // already shutting down
    }
  }
}
