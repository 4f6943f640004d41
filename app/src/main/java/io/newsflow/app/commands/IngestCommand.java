package io.newsflow.app.commands;

import io.newsflow.app.cli.HttpOptions;
import io.newsflow.app.cli.IngestOptions;
import io.newsflow.app.cli.InstanceOptions;
import io.newsflow.app.cli.KafkaOptions;
import io.newsflow.app.cli.ProgressOption;
import io.newsflow.app.cli.SizeLimits;
import io.newsflow.ingest.IngestConfig;
import io.newsflow.ingest.IngestService;
import io.newsflow.ingest.IngestStats;
import io.newsflow.ingest.publish.PublishListener;
import io.newsflow.ops.Readiness;
import io.newsflow.schema.KafkaConnection;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code newsflow ingest}: the scraper producers as a service. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description =
        "Fetches the given sources and publishes RawPage records; keeps polling feeds with --poll-interval.")
public final class IngestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin KafkaOptions kafka;
  @Mixin IngestOptions ingestOptions;
  @Mixin InstanceOptions instance;

  @Mixin ProgressOption progressOption;
  @Mixin HttpOptions http;

  @Override
  public Integer call() throws Exception {
    IngestConfig config = ingestOptions.config();
    if (!config.hasSources()) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "no source: give --sources, --feed, --sitemap, --urls, --input or --warc (or --shared to join other instances)");
    }
    SizeLimits.requireFitsTopics("--max-body-bytes", config.maxBodyBytes(), kafka.topics());
    KafkaConnection cluster = Services.connect(spec, kafka);
    IngestService ingest =
        new IngestService(
            config,
            cluster,
            kafka.topics(),
            instance.membership(),
            PublishListener.NONE,
            Clock.systemUTC());
    OpsEndpoint ops = OpsEndpoint.open(http.config(), "ingest", cluster);
    ops.bind(ingest::bindMetrics);
    // Ingest has no stage condition beyond Kafka: it is ready to publish once the cluster answers.
    ops.serve(() -> Readiness.ready("ingesting"), spec.commandLine().getOut());
    CountDownLatch finished = Services.onShutdown(ingest::stop);
    try (ProgressLine progress =
        new ProgressLine(
            spec.commandLine().getErr(),
            progressOption.interval(),
            seconds -> {
              ingest.metrics().registerReasons();
              return ingest.stats().progressLine(seconds);
            })) {
      ingest.run();
    } finally {
      ops.close();
      ingest.close();
      IngestStats stats = ingest.stats();
      spec.commandLine()
          .getOut()
          .printf(
              Locale.ROOT,
              "ingest: %d pages published, %d skipped %s%n",
              stats.published(),
              stats.skippedTotal(),
              stats.skippedByReason());
      spec.commandLine().getOut().flush();
      finished.countDown(); // only now may a SIGTERM hook let the JVM end
    }
    if (ingest.stats().sendFailures() > 0) {
      spec.commandLine()
          .getErr()
          .printf(
              Locale.ROOT,
              "ingest: %d records were not accepted by Kafka (see the log)%n",
              ingest.stats().sendFailures());
      return 1;
    }
    return 0;
  }
}
