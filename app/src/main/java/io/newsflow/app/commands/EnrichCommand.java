package io.newsflow.app.commands;

import io.newsflow.app.cli.EnrichOptions;
import io.newsflow.app.cli.HttpOptions;
import io.newsflow.app.cli.InstanceOptions;
import io.newsflow.app.cli.KafkaOptions;
import io.newsflow.app.cli.ProgressOption;
import io.newsflow.app.cli.WorkDirOption;
import io.newsflow.enrich.EnrichService;
import io.newsflow.schema.KafkaConnection;
import io.newsflow.schema.deadletter.DeadLetterCounts;
import io.newsflow.schema.deadletter.Stage;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code newsflow enrich}: the Kafka Streams stage as a service; scale out by starting more. */
@Command(
    name = "enrich",
    mixinStandardHelpOptions = true,
    description = "Runs the enrich topology (raw pages -> articles / dead letters) until stopped.")
public final class EnrichCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin KafkaOptions kafka;
  @Mixin EnrichOptions enrichOptions;
  @Mixin WorkDirOption work;
  @Mixin InstanceOptions instance;

  @Mixin ProgressOption progressOption;
  @Mixin HttpOptions http;

  /** Records taken from the raw-page topic, and the dead letters among them by reason. */
  static String line(EnrichService enrich, double seconds) {
    DeadLetterCounts dead = enrich.deadLetterCounts();
    return String.format(
        Locale.ROOT,
        "%s: records %s, dead letters %d %s",
        enrich.state(),
        ProgressLine.countAndRate(enrich.recordsProcessed(), seconds),
        dead.total(Stage.ENRICH),
        dead.byCode(Stage.ENRICH));
  }

  @Override
  public Integer call() throws Exception {
    KafkaConnection cluster = Services.connect(spec, kafka);
    try (EnrichService enrich =
        new EnrichService(
            cluster, kafka.topics(), enrichOptions.config(work.workDir()), instance.membership())) {
      OpsEndpoint ops = OpsEndpoint.open(http.config(), "enrich", cluster);
      ops.bind(enrich::bindMetrics);
      CountDownLatch finished = Services.onShutdown(enrich::close);
      try {
        enrich.start();
        spec.commandLine().getOut().println("enrich: running; stop with SIGTERM");
        spec.commandLine().getOut().flush();
        ops.serve(enrich::readiness, spec.commandLine().getOut());
        try (ProgressLine progress =
            new ProgressLine(
                spec.commandLine().getErr(),
                progressOption.interval(),
                seconds -> line(enrich, seconds))) {
          enrich.awaitStopped(); // closed by the hook, or stopped by an unrecoverable error
        }
      } finally {
        ops.close();
        finished.countDown();
      }
      if (enrich.state() == org.apache.kafka.streams.KafkaStreams.State.ERROR) {
        spec.commandLine()
            .getErr()
            .println("enrich: stopped after repeated failures (see the log)");
        return 1;
      }
    }
    return 0;
  }
}
