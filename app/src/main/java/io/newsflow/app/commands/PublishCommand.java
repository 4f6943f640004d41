package io.newsflow.app.commands;

import io.newsflow.app.cli.KafkaOptions;
import io.newsflow.app.cli.PublishOptions;
import io.newsflow.app.cli.SizeLimits;
import io.newsflow.ingest.pipe.PipePublisher;
import io.newsflow.ingest.pipe.PipeStats;
import io.newsflow.schema.KafkaConnection;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code newsflow publish}: JSON lines from standard input ({@code {"url", "html" | "text",
 * "fetched_at"?, "site"?}}) published as RawPage records, so a scraper in any language can feed the
 * pipeline through a pipe. Exit code 0 when every line was published, 1 when a line was rejected
 * (it is then a dead letter too) or Kafka refused a record.
 */
@Command(
    name = "publish",
    mixinStandardHelpOptions = true,
    description = {
      "Publishes JSON lines from standard input as RawPage records:",
      "  {\"url\": \"https://...\", \"html\": \"<html>...\"} or {\"url\": ..., \"text\": \"...\"},",
      "  optional \"fetched_at\" (ISO-8601 with offset, or epoch millis) and \"site\".",
      "A malformed line is reported on standard error with its number and published as a dead letter.",
      "Exit code: 0 all lines published, 1 some line rejected or not accepted by Kafka."
    })
public final class PublishCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin KafkaOptions kafka;
  @Mixin PublishOptions publishOptions;

  /** Where the lines come from; standard input unless a test sets another stream. */
  InputStream in = System.in;

  @Override
  public Integer call() throws Exception {
    SizeLimits.requireFitsTopics(
        "--max-line-bytes", publishOptions.config().maxLineBytes(), kafka.topics());
    KafkaConnection cluster = Services.connect(spec, kafka);
    PrintWriter err = spec.commandLine().getErr();
    PipeStats stats;
    AtomicBoolean done = new AtomicBoolean();
    try (PipePublisher pipe =
        new PipePublisher(
            publishOptions.config(), cluster, kafka.topics(), err, Clock.systemUTC())) {
      // on SIGTERM the line being read is lost, but everything handed to the producer is flushed
      Thread hook =
          new Thread(
              () -> {
                if (!done.get()) {
                  pipe.flush();
                }
              },
              "newsflow-publish-shutdown");
      Runtime.getRuntime().addShutdownHook(hook);
      try {
        stats = pipe.publishAll(in);
      } finally {
        done.set(true);
        removeHook(hook);
      }
    }
    spec.commandLine().getOut().printf(Locale.ROOT, "publish: %s%n", stats);
    spec.commandLine().getOut().flush();
    return stats.rejectedTotal() == 0 && stats.sendFailures() == 0 ? 0 : 1;
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // the JVM is already shutting down: the hook runs or has run
    }
  }
}
